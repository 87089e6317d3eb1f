// @vitest-environment happy-dom
import { act, fireEvent, screen, waitFor, within } from '@testing-library/preact';
import { describe, expect, it } from 'vitest';
import { BACKUP_FORMAT } from '../../../lib/incidents/backup-schema';
import { addMonths, DAY, dateAndTime, dayMonthYear, isoDate, NOW } from '../../support/now';
import { makeIncident, passesRetention } from '../../unit/incidents/make-incident';
import { downloaded, renderLog } from './render-log';

const reviewed = (id: string, daysAgo: number) =>
  makeIncident({ id, createdAt: NOW - daysAgo * DAY, status: 'reviewed', review: { by: 'Alex Boyd', at: NOW - daysAgo * DAY + DAY, note: '' } });

async function choose(file: File) {
  const input = screen.getByLabelText('Import a backup') as HTMLInputElement;
  Object.defineProperty(input, 'files', { value: [file], configurable: true });
  await act(async () => {
    fireEvent.change(input);
  });
}

const backup = (incidents: unknown[]) =>
  new File([JSON.stringify({ format: BACKUP_FORMAT, version: 1, exportedAt: new Date(NOW).toISOString(), count: incidents.length, incidents })], 'backup.json', {
    type: 'application/json',
  });

describe('backup and import', () => {
  it('downloads the whole log as a versioned backup', async () => {
    const { download } = await renderLog({ now: NOW, hash: '#/data', incidents: [makeIncident({ id: 'a' }), makeIncident({ id: 'b', createdAt: NOW - DAY })] });
    await act(async () => {
      fireEvent.click(await screen.findByRole('button', { name: 'Download a backup of the whole log (JSON)' }));
    });
    await waitFor(() => expect(download).toHaveBeenCalled());
    const { name, text } = await downloaded(download);
    expect(name).toBe(`incident-log-backup-${isoDate(NOW)}.json`);
    expect(JSON.parse(text)).toMatchObject({ format: BACKUP_FORMAT, version: 1, count: 2 });
    expect(await screen.findByText('Backup made: 2 incidents.')).toBeInTheDocument();
  });

  it('refuses a malformed backup with the list of problems, and leaves the log as it was', async () => {
    const { db } = await renderLog({ now: NOW, hash: '#/data', incidents: [makeIncident({ id: 'kept' })] });
    await screen.findByLabelText('Import a backup');
    await choose(backup([makeIncident({ id: 'good' }), { ...makeIncident({ id: 'bad' }), createdAt: 'yesterday' }]));
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('This file was not imported, and the log is unchanged.');
    expect(within(alert).getAllByRole('listitem').map((li) => li.textContent)).toEqual(['Incident 2: createdAt: Invalid type: Expected number but received "yesterday"']);
    expect(await db.incidents.toCollection().primaryKeys()).toEqual(['kept']);
  });

  it('refuses a file too large to be a backup before reading it, saying so', async () => {
    const { db } = await renderLog({ now: NOW, hash: '#/data', incidents: [makeIncident({ id: 'kept' })] });
    await screen.findByLabelText('Import a backup');
    const huge = backup([]);
    Object.defineProperty(huge, 'size', { value: 600 * 1024 * 1024 });
    Object.defineProperty(huge, 'stream', { value: () => { throw new Error('read a file it should have refused'); } });
    await choose(huge);
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('This file was not imported, and the log is unchanged.');
    expect(alert).toHaveTextContent('This is 600.0 MB; an incident log backup can be at most 512.0 MB.');
    expect(await db.incidents.toCollection().primaryKeys()).toEqual(['kept']);
  });

  const closing = makeIncident({ id: 'open-here', createdAt: NOW - DAY, status: 'reviewed', review: { by: 'Someone Else', at: NOW - 60_000, note: '' } });

  it('shows which incidents in the log an import would change, and a cancel leaves the log as it was', async () => {
    const { db } = await renderLog({ now: NOW, hash: '#/data', incidents: [makeIncident({ id: 'open-here', createdAt: NOW - DAY })] });
    await screen.findByLabelText('Import a backup');
    await choose(backup([closing, makeIncident({ id: 'new', createdAt: NOW - 2 * DAY })]));
    const ask = await screen.findByRole('group', { name: 'This backup would change 1 incident already in the log' });
    expect(ask).toHaveTextContent(`Abusive call, ${dateAndTime(NOW - DAY)} (open here): marked reviewed by Someone Else`);
    expect(await db.incidents.count()).toBe(1);
    await act(async () => {
      fireEvent.click(within(ask).getByRole('button', { name: 'Cancel the import' }));
    });
    expect(await screen.findByText('Import cancelled. The log is unchanged.')).toHaveAttribute('role', 'status');
    expect((await db.incidents.get('open-here'))!.status).toBe('open');
    expect(await db.incidents.count()).toBe(1);
  });

  it('makes the changes an import would make only when the team leader agrees', async () => {
    const { db } = await renderLog({ now: NOW, hash: '#/data', incidents: [makeIncident({ id: 'open-here', createdAt: NOW - DAY })] });
    await screen.findByLabelText('Import a backup');
    await choose(backup([closing]));
    const ask = await screen.findByRole('group', { name: /would change 1 incident/ });
    await act(async () => {
      fireEvent.click(within(ask).getByRole('button', { name: 'Import and make these changes' }));
    });
    expect(await screen.findByText(/^Imported backup\.json: 0 added, 1 updated/)).toHaveAttribute('role', 'status');
    expect((await db.incidents.get('open-here'))!.status).toBe('reviewed');
  });

  it('imports a valid backup, merging by id, and says what it did', async () => {
    const { db } = await renderLog({ now: NOW, hash: '#/data', incidents: [makeIncident({ id: 'kept' })] });
    await screen.findByLabelText('Import a backup');
    await choose(backup([makeIncident({ id: 'kept' }), makeIncident({ id: 'new', createdAt: NOW - DAY })]));
    expect(await screen.findByText('Imported backup.json: 1 added, 0 updated with review or follow-up details, 1 already in the log.')).toBeInTheDocument();
    expect(await db.incidents.count()).toBe(2);
  });
});

describe('retention', () => {
  it('says how many reviewed incidents will be deleted and when, offers an export, and deletes only those', async () => {
    const { db, download } = await renderLog({
      now: NOW,
      hash: '#/data',
      incidents: [reviewed('old-1', 400), reviewed('old-2', 380), reviewed('soon', 350), makeIncident({ id: 'open-old', createdAt: NOW - 500 * DAY }), reviewed('recent', 20)],
    });
    const preview = await screen.findByRole('group', { name: 'What retention will delete' });
    expect(preview).toHaveTextContent(
      `2 reviewed incidents recorded before ${dateAndTime(addMonths(NOW, -12))} are past the 12-month retention period and will be deleted when you confirm below.`,
    );
    expect(preview).toHaveTextContent(`1 more reviewed incident passes the period in the next 30 days, the first on ${dayMonthYear(passesRetention(NOW - 350 * DAY, 12))}.`);
    expect(preview).toHaveTextContent('1 open incident is older than the period: open incidents are kept until reviewed.');

    await act(async () => {
      fireEvent.click(within(preview).getByRole('button', { name: 'Export these 2 first (JSON)' }));
    });
    await waitFor(() => expect(download).toHaveBeenCalled());
    const exported = JSON.parse((await downloaded(download)).text);
    expect(exported.incidents.map((i: { id: string }) => i.id).sort()).toEqual(['old-1', 'old-2']);

    await act(async () => {
      fireEvent.click(within(preview).getByRole('button', { name: 'Delete 2 reviewed incidents…' }));
    });
    const confirm = screen.getByRole('alertdialog');
    expect(confirm).toHaveTextContent('Delete 2 reviewed incidents past retention? This cannot be undone');
    await waitFor(() => expect(within(confirm).getByRole('button', { name: 'Cancel' })).toHaveFocus());
    await act(async () => {
      fireEvent.click(within(confirm).getByRole('button', { name: 'Yes, delete 2 reviewed incidents' }));
    });
    expect(await screen.findByText('Deleted 2 reviewed incidents.')).toBeInTheDocument();
    expect((await db.incidents.toCollection().primaryKeys()).sort()).toEqual(['open-old', 'recent', 'soon']);
  });

  it('changes the retention period, refusing a value out of range', async () => {
    await renderLog({ now: NOW, hash: '#/data', incidents: [reviewed('old', 200)] });
    const months = await screen.findByLabelText('Keep reviewed incidents for (months)');
    await waitFor(() => expect(months).toHaveValue(12));
    await act(async () => {
      fireEvent.input(months, { target: { value: '0' } });
    });
    await act(async () => {
      fireEvent.click(screen.getByRole('button', { name: 'Save the retention period' }));
    });
    expect(await screen.findByText('Type a whole number of months from 1 to 120.')).toBeInTheDocument();
    await act(async () => {
      fireEvent.input(months, { target: { value: '6' } });
    });
    await act(async () => {
      fireEvent.click(screen.getByRole('button', { name: 'Save the retention period' }));
    });
    expect(await screen.findByText('Reviewed incidents are now kept for 6 months.')).toBeInTheDocument();
    expect(await screen.findByRole('group', { name: 'What retention will delete' })).toHaveTextContent('1 reviewed incident recorded before');
  });

  it('shows a period set by the organisation’s policy, and does not offer to change it', async () => {
    await renderLog({ now: NOW, hash: '#/data', months: 24, locked: true, incidents: [reviewed('old', 800)] });
    const months = await screen.findByLabelText('Keep reviewed incidents for (months)');
    await waitFor(() => expect(months).toHaveValue(24));
    expect(months).toHaveAttribute('readonly');
    expect(months).toHaveAccessibleDescription('Set by your organisation.');
    expect(screen.queryByRole('button', { name: 'Save the retention period' })).toBeNull();
    expect(await screen.findByRole('group', { name: 'What retention will delete' })).toHaveTextContent('past the 24-month retention period');
  });
});

describe('subject access', () => {
  it('finds every incident and call-back about one caller and downloads them together', async () => {
    const { download, db } = await renderLog({
      now: NOW,
      hash: '#/data',
      incidents: [
        makeIncident({ id: 'his-1', callerKeys: ['tel:01632960999'] }),
        makeIncident({ id: 'his-2', createdAt: NOW - DAY, callerKeys: ['tel:01632960999', 'ref:MHP42'] }),
        makeIncident({ id: 'not-his', callerKeys: ['tel:07700900123'] }),
      ],
    });
    const callBack = { createdAt: NOW - 2 * DAY, dueAt: NOW - DAY, agreedTime: '', promiseLabel: 'Within 24 hours', reason: 'Repair date' };
    await db.callBacks.bulkPut([
      { ...callBack, id: 'cb-his', callerName: 'Mr Black', phone: '+44 1632 960999', status: 'done', doneAt: NOW - DAY },
      { ...callBack, id: 'cb-other', callerName: 'Ms White', phone: '07700 900123', status: 'due', doneAt: null },
    ]);
    await act(async () => {
      fireEvent.input(await screen.findByLabelText('Phone number'), { target: { value: '01632 960 999' } });
    });
    await act(async () => {
      fireEvent.click(screen.getByRole('button', { name: 'Find their incidents' }));
    });
    const table = await screen.findByRole('table', { name: '2 incidents about this caller, oldest first' });
    expect(within(table).getAllByRole('link').map((a) => a.getAttribute('href'))).toEqual(['#/incident/his-2', '#/incident/his-1']);
    const callBacks = screen.getByRole('table', { name: '1 call-back promised to this number, oldest first' });
    expect(callBacks).toHaveTextContent('Mr Black');
    expect(callBacks).toHaveTextContent('Repair date');
    expect(callBacks).not.toHaveTextContent('Ms White');
    await act(async () => {
      fireEvent.click(screen.getByRole('button', { name: 'Download their incidents and call-backs as JSON' }));
    });
    const file = JSON.parse((await downloaded(download)).text);
    expect(file.count).toBe(2);
    expect(file.callBacks.map((c: { id: string }) => c.id)).toEqual(['cb-his']);
  });
});
