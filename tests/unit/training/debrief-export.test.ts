import { describe, expect, it } from 'vitest';
import { findScenario } from '../../../content/scenarios';
import { buildDebrief } from '../../../lib/training/debrief';
import { debriefFilename, debriefHtml, debriefJson, debriefSummary } from '../../../lib/training/debrief-export';
import { isoDate } from '../../support/now';
import { practice, T0 } from './practice';
import { CORRECT_RUNS } from './runs';

const clean = buildDebrief(findScenario('long-hold')!, CORRECT_RUNS['long-hold']!().attempt());
const missed = buildDebrief(findScenario('warm-transfer')!, { ...practice('warm-transfer').start().end().attempt(), agentName: 'Morag <Innes>' });

describe('the debrief for a development record', () => {
  it('exports as JSON that reads back whole, marked with its format', () => {
    const exported = JSON.parse(debriefJson(clean, 'Moray Housing Partnership'));
    expect(exported).toMatchObject({ format: 'call-guide-training-debrief', version: 1, organisation: 'Moray Housing Partnership', clean: true });
    expect(exported.steps).toEqual(clean.steps);
  });

  it('exports a standalone printable page, with nothing loaded from anywhere and text escaped', () => {
    const html = debriefHtml(missed, 'Moray & Co');
    expect(html).toMatch(/^<!doctype html>/);
    expect(html).not.toMatch(/<script|<link|https?:/);
    expect(html).toContain('Morag &lt;Innes&gt;, Moray &amp; Co');
    expect(html).toContain('Missed: Brief your colleague (copy the briefing).');
    expect(html).toContain('Practice only');
  });

  it('is named for the scenario and the day', () => {
    // The day the call started, though the practice may end on the next.
    expect(debriefFilename(clean, 'json')).toBe(`debrief-long-hold-${isoDate(T0)}.json`);
    expect(debriefFilename(clean, 'html')).toBe(`debrief-long-hold-${isoDate(T0)}.html`);
  });

  it('sums up clean or not in one line', () => {
    expect(debriefSummary(clean)).toBe('Clean: every step done in order, every rule kept, every time goal met.');
    expect(debriefSummary(missed)).toMatch(/^\d+ things to work on\.$/);
  });
});
