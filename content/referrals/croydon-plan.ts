/**
 * The referral services in step 4 of Croydon's six-point plan, plus 999 from step 5. Numbers are
 * exactly as the standard gives them, even where one looks out of date (SANEline's 0845): the
 * content test checks each against SH-4. Hours and audience come from the standard or say so.
 */
import type { Referral, ReferralDirectory } from '../schema';

const VERIFIED_ON = '2026-11-29';
const NOT_STATED = 'Not stated in the standard';
const STEP_4 = { document: 'Croydon Repairs Contact Centre Standards', section: 'Six-point plan, step 4' };

const entries: Referral[] = [
  {
    id: 'slam-crisis-line',
    name: 'SLAM Crisis Line',
    description: 'Urgent help: mental health support line.',
    phone: '0800 731 2864',
    hours: '24 hours',
    audience: NOT_STATED,
    source: STEP_4,
    verifiedOn: VERIFIED_ON,
    sources: ['SH-4'],
  },
  {
    id: 'mind',
    name: 'MIND',
    description: 'Mental health charity. The standard gives only the number.',
    phone: '0300 123 3393',
    hours: NOT_STATED,
    audience: NOT_STATED,
    source: STEP_4,
    verifiedOn: VERIFIED_ON,
    sources: ['SH-4'],
  },
  {
    id: 'samaritans',
    name: 'Samaritans',
    description: 'Free to call, 24 hours a day.',
    phone: '116 123',
    hours: '24 hours a day',
    audience: NOT_STATED,
    source: STEP_4,
    verifiedOn: VERIFIED_ON,
    sources: ['SH-4'],
  },
  {
    id: 'get-connected',
    name: 'Get Connected',
    description: 'Helpline for under 25s.',
    phone: '0808 808 4994',
    hours: NOT_STATED,
    audience: 'Under 25s',
    source: STEP_4,
    verifiedOn: VERIFIED_ON,
    sources: ['SH-4'],
  },
  {
    id: 'saneline',
    name: 'SANEline',
    description:
      'Confidential emotional support, practical help and information for people with mental health problems.',
    phone: '0845 767 8000',
    hours: NOT_STATED,
    audience: 'People with mental health problems',
    source: STEP_4,
    verifiedOn: VERIFIED_ON,
    sources: ['SH-4'],
  },
  {
    id: 'patient-care-24',
    name: 'Patient Care 24',
    description: 'Croydon, Merton and Sutton out-of-hours GP service (formerly Croydoc).',
    phone: '020 8401 3637',
    hours: '6.30 pm to 8.30 am weekdays; 24 hours at weekends and bank holidays',
    audience: 'Croydon, Merton and Sutton',
    source: STEP_4,
    verifiedOn: VERIFIED_ON,
    sources: ['SH-4'],
  },
  {
    id: 'stay-alive',
    name: 'Stay Alive app',
    description: 'Suicide prevention app. The standard writes the address as www.prevent-suicide.org.uk.',
    url: 'https://www.prevent-suicide.org.uk',
    hours: NOT_STATED,
    audience: NOT_STATED,
    source: STEP_4,
    verifiedOn: VERIFIED_ON,
    sources: ['SH-4'],
  },
  {
    id: 'nhs-online-support',
    name: 'NHS online support',
    description: 'NHS advice pages on suicide and getting help.',
    url: 'https://www.nhs.uk/conditions/suicide/',
    hours: NOT_STATED,
    audience: NOT_STATED,
    source: STEP_4,
    verifiedOn: VERIFIED_ON,
    sources: ['SH-4'],
  },
  {
    id: 'emergency-services',
    name: 'Emergency services',
    description: 'Serious risk or immediate danger: dial 999 now. Give the location.',
    phone: '999',
    hours: NOT_STATED,
    audience: 'A caller at serious risk or in immediate danger',
    source: { document: 'Croydon Repairs Contact Centre Standards', section: 'Six-point plan, step 5' },
    verifiedOn: VERIFIED_ON,
    sources: ['SH-5'],
  },
];

export const croydonReferrals: ReferralDirectory = {
  id: 'croydon',
  name: 'Croydon six-point plan referrals',
  entries,
  note: "Croydon-area services from Croydon's six-point plan. Other organisations use this list too: review it for their own area.",
};
