/**
 * The referral services in step 4 of Croydon's six-point plan, and 999 from step 5: the only
 * referral numbers in any of the five standards. Each number is exactly as the standard gives it,
 * even where one looks out of date (SANeline's 0845, Get connected), and the content test checks
 * each digit against the standard's line. Each entry also says whose callers it serves: only
 * those callers are offered it (lib/referrals.ts). Where the standard does not say, that is the
 * guide's understanding and says so. No one has checked these numbers with the services: an
 * organisation does that in Settings, which records when.
 */
import { croydon, guideDefault } from '../provenance';
import type { Referral, ReferralDirectory } from '../schema';

/** When the numbers were copied from Croydon's standard into the guide. */
const COPIED_ON = '2026-11-29';
const NOT_STATED = 'Not stated in the standard';
const STEP_4 = 'Six-point plan, step 4';
const coverage = (reason: string) => guideDefault(`${reason} The standard does not say; this is the guide's understanding: check it with the service.`);

const entries: Referral[] = [
  {
    id: 'slam-crisis-line',
    name: 'SLAM Crisis Line',
    description: 'Urgent help: 24-hour mental health support line.',
    phone: '0800 731 2864',
    hours: '24 hours',
    audience: NOT_STATED,
    serves: { scope: 'local', nation: 'england', areas: ['croydon', 'lambeth', 'lewisham', 'southwark'], description: 'South London: Croydon, Lambeth, Lewisham and Southwark' },
    servesFrom: coverage('SLAM is the South London and Maudsley NHS trust, for people living in its boroughs.'),
    from: croydon(STEP_4, 'SLAM Crisis Line for urgent help– 0800 731 2864'),
    copiedOn: COPIED_ON,
    sources: ['SH-4'],
  },
  {
    id: 'mind',
    name: 'MIND',
    description: 'Mental health charity. The standard gives only the number.',
    phone: '0300 123 3393',
    hours: NOT_STATED,
    audience: NOT_STATED,
    serves: { scope: 'nations', nations: ['england', 'wales'] },
    servesFrom: coverage('Mind works in England and Wales.'),
    from: croydon(STEP_4, 'MIND - 0300 1233393'),
    copiedOn: COPIED_ON,
    sources: ['SH-4'],
  },
  {
    id: 'samaritans',
    name: 'Samaritans',
    description: 'Free to call, 24 hours a day.',
    phone: '116 123',
    hours: '24 hours a day',
    audience: NOT_STATED,
    serves: { scope: 'uk' },
    servesFrom: coverage('116 123 is free to call across the UK.'),
    from: croydon(STEP_4, 'Samaritans - 116 123 free 24 hrs a day'),
    copiedOn: COPIED_ON,
    sources: ['SH-4'],
  },
  {
    id: 'get-connected',
    name: 'Get connected',
    description: 'Helpline for under 25s.',
    phone: '0808 808 4994',
    hours: NOT_STATED,
    audience: 'Under 25s',
    serves: { scope: 'uk' },
    servesFrom: coverage('A UK-wide helpline for young people, which may no longer run.'),
    from: croydon(STEP_4, 'Get connected (for under 25s) - 0808 8084994'),
    copiedOn: COPIED_ON,
    sources: ['SH-4'],
  },
  {
    id: 'saneline',
    name: 'SANeline',
    description: 'Confidential emotional support, practical help and information for people with mental health problems.',
    phone: '0845 767 8000',
    hours: NOT_STATED,
    audience: 'People with mental health problems',
    serves: { scope: 'uk' },
    servesFrom: coverage('SANE is a UK-wide charity; 0845 numbers are charged and may have changed.'),
    from: croydon(
      STEP_4,
      'SANeline: Confidential emotional support, practical help and information for people with mental health problems: 0845 767 8000',
    ),
    copiedOn: COPIED_ON,
    sources: ['SH-4'],
  },
  {
    id: 'patient-care-24',
    name: 'Patient Care 24',
    description: 'Croydon, Merton and Sutton out-of-hours GP service (formerly Croydoc).',
    phone: '020 8401 3637',
    hours: '6.30 pm to 8.30 am weekdays; 24 hours at weekends and bank holidays',
    audience: 'Croydon, Merton and Sutton',
    serves: { scope: 'local', nation: 'england', areas: ['croydon', 'merton', 'sutton'], description: 'Croydon, Merton and Sutton' },
    servesFrom: croydon(STEP_4, 'Patient Care 24: Croydon, Merton and Sutton Out of Hours GP service'),
    from: croydon(STEP_4, 'Patient Care 24: Croydon, Merton and Sutton Out of Hours GP service (formerly Croydoc): 020 8401 3637'),
    copiedOn: COPIED_ON,
    sources: ['SH-4'],
  },
  {
    id: 'stay-alive',
    name: 'Stay Alive Suicide Prevention App',
    description: 'Suicide prevention app. The standard writes the address as www.prevent-suicide.org.uk.',
    url: 'https://www.prevent-suicide.org.uk',
    hours: NOT_STATED,
    audience: NOT_STATED,
    serves: { scope: 'uk' },
    servesFrom: coverage('An app anyone in the UK can use.'),
    from: croydon(STEP_4, 'Stay Alive Suicide Prevention App www.prevent-suicide.org.uk'),
    copiedOn: COPIED_ON,
    sources: ['SH-4'],
  },
  {
    id: 'nhs-online-support',
    name: 'NHS online Support',
    description: 'NHS advice pages on suicide and getting help.',
    url: 'https://www.nhs.uk/conditions/suicide/',
    hours: NOT_STATED,
    audience: NOT_STATED,
    serves: { scope: 'nations', nations: ['england'] },
    servesFrom: coverage('nhs.uk is the NHS in England’s website and points to services in England.'),
    from: croydon(STEP_4, 'NHS online Support https://www.nhs.uk/conditions/suicide/'),
    copiedOn: COPIED_ON,
    sources: ['SH-4'],
  },
  {
    id: 'emergency-services',
    name: 'Emergency services',
    description: 'Serious risk or immediate danger: dial 999 now. Give the location.',
    phone: '999',
    hours: '24 hours',
    audience: 'A caller at serious risk or in immediate danger',
    serves: { scope: 'uk' },
    servesFrom: coverage('999 is the emergency number everywhere in the UK.'),
    from: croydon('Six-point plan, step 5', 'Dial 999'),
    copiedOn: COPIED_ON,
    sources: ['SH-5'],
  },
];

export const croydonPlanReferrals: ReferralDirectory = {
  id: 'croydon-plan',
  name: "Referral services in Croydon's six-point plan",
  entries,
  note: "The only referral numbers in the five standards are in Croydon's six-point plan. Each is offered only to callers it serves.",
};
