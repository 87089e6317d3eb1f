/**
 * What Communities' standard asks at particular moments of a call: the Welsh language honoured
 * (5), sensitivity to vulnerable customers (2, 7), owning each call and returning calls (4, 6.6),
 * speaking clearly and politely (3, 6.2), e-mail to the right person, securely (7). It sets no
 * complaints procedure and no interpreting service: the guide's own lines show there, marked as
 * such. Its letter and e-mail rules are in ../facts/communities.ts.
 */
import { communities, quote } from '../../provenance';
import type { Duties } from '../../schema';

const S7 = '7, Written Communication';

export const communitiesDuties: Duties = {
  complaint: [],
  access: [],
  welsh: [
    {
      id: 'welsh-choice',
      text: 'The caller chose Welsh: carry on in Welsh (or pass the call to a Welsh speaker), and the choice goes into the summary, the message and the call-back.',
      from: communities('5. Preferences', 'Customer care is very closely linked to the Welsh language and the provision of a bilingual service.'),
      sources: ['CY-1'],
    },
  ],
  onBehalf: [],
  vulnerable: [
    {
      id: 'sensitive',
      text: "Be sensitive to the caller's situation and use an appropriate approach, particularly with children or vulnerable people.",
      from: communities(S7, "Be sensitive to the recipient's situation and use an appropriate approach, particularly for children or vulnerable persons"),
      sources: ['VU-2'],
    },
    {
      id: 'may-be-vulnerable',
      text: 'Many customers may be vulnerable, needy or in difficult or even desperate situations.',
      from: communities('2. Why is Customer Care Important for Us?', 'many of our customers may be vulnerable, needy or in difficult or even desperate situations'),
      sources: ['VU-1'],
    },
  ],
  enquiry: [
    {
      id: 'own-the-call',
      text: 'Own the call: take personal responsibility for it, and return calls, especially repeated requests. A call for your team: accept it without first asking for more information.',
      from: communities(
        '4. Basics',
        'take personal responsibility for each call',
        quote.communities('4. Basics', 'take responsibility for returning calls, especially where there are repeated requests for callbacks'),
        quote.communities('6.6 Taking Responsibility and Ownership', 'Where a call is for you or your team, please accept the call and do not delay by asking for further information before accepting it'),
      ),
      sources: ['CB-7'],
    },
    {
      id: 'speak-clearly',
      text: 'Speak clearly; say "Thank you" and "Please".',
      from: communities('6.2 Managing the Call Effectively', 'Speak clearly', quote.communities('3. Principles of Customer Service Excellence', 'Say "Thank you" and "Please" graciously.')),
      sources: ['OR-6'],
    },
  ],
  lastResort: [],
  message: [
    {
      id: 'secure-email',
      text: 'E-mail the message or any follow-up to the right person, by secure e-mail if it holds personal data.',
      from: communities('7, Emails', 'Make sure you send your Email to the right person and use secure Email facilities for items including personal data'),
      sources: ['DP-4'],
    },
  ],
};
