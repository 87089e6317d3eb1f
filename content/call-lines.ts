/**
 * The guidance the call screens show beside transfers, messages and call-backs (HO-4, TR-1..TR-7),
 * each with the standards that say it. Under an organisation whose standard does not, the panel
 * marks the line as the guide's default.
 */
import { communities, moray, quote } from './provenance';
import type { Cue } from './schema';

const S62 = '6.2 Managing the Call Effectively';

export const transferLines = {
  mute: {
    text: 'Mute or hold the caller before you talk to your colleague: they may overhear personal details.',
    from: communities(S62, 'Be careful with continuing conversations without placing the caller on mute/hold'),
    sources: ['HO-4'],
  },
  rightPerson: {
    text: 'Be sure this is the right person. If not, take a message instead.',
    from: communities(S62, 'Do not transfer a call unless you are certain you know the correct person to transfer it to'),
    sources: ['TR-1'],
  },
  tellCaller: {
    text: 'Tell the caller what you are doing.',
    from: moray('4.2 Telephone Accessibility', 'staff will explain to the caller what they are doing'),
    sources: ['TR-1'],
  },
  brief: {
    text: 'Brief your colleague so the caller need not repeat themselves.',
    from: communities(
      S62,
      'If you need to transfer a call, brief your colleague as to the nature of the call',
      quote.croydon('Internal Customers', 'We will complete warm handovers, where possible, providing relevant information so that our residents do not have to repeat themselves'),
      quote.moray('4.2 Telephone Accessibility', 'Details of who the caller is and what the call is about will be passed on to the other member of staff.'),
    ),
    sources: ['TR-2'],
  },
  note: {
    text: 'Keep a note of who has the call, in case the caller comes back to you.',
    from: communities(S62, 'Keep a note of who you have passed calls to in case the customer does have to come back to you personally'),
    sources: ['TR-3'],
  },
} satisfies Record<string, Cue>;

export const messageLines = {
  apologise: {
    text: 'Sorry they could not be put through; take their details and agree when they will be called back.',
    from: communities(S62, "offer an apology and take the caller's name and telephone number and agree a time when either you or somebody else will call them back"),
    sources: ['TR-4'],
  },
  colleagueBack: {
    text: 'Tell the caller when your colleague is next in.',
    from: moray('4.2 Telephone Accessibility', 'the person taking the message will let the caller know when the colleague will be next back in the office'),
    sources: ['TR-5'],
  },
  send: {
    text: 'Email it promptly; if urgent, phone it through or tell the Team Manager.',
    from: communities(S62, 'Pass messages on promptly by Email. If the message is urgent, pass it on by telephone/mobile or inform the Team Manager.'),
    sources: ['TR-7'],
  },
} satisfies Record<string, Cue>;

export const callBackLines = {
  cannotMakeIt: {
    text: 'If you cannot make the time, call anyway, explain and agree a new time.',
    from: communities('6.5 Returning Calls', 'phone the caller anyway and explain the difficulties'),
    sources: ['TR-6'],
  },
} satisfies Record<string, Cue>;
