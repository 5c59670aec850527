import { describe, expect, it } from 'vitest';
import { parseRoute } from '../../../renderer/src/app/useHashRoute';
import { diagnosticsHref } from '../../../renderer/src/features/diagnostics/diagnostic-subject';

describe('the performance and diagnostics addresses', () => {
  it('opens the performance screen and a diagnostic for a lead, a code or a referrer', () => {
    expect(parseRoute('#/performance')).toEqual({ screen: 'performance' });
    const lead = '019ac2f4-5b7e-7cc1-9a3b-2f1e0d9c8b7a';
    expect(parseRoute(`#/diagnostics/lead/${lead}`)).toEqual({ screen: 'diagnostics', subject: { kind: 'lead', id: lead } });
    expect(parseRoute(diagnosticsHref({ kind: 'code', id: 'K7QMX4PDK' }))).toEqual({ screen: 'diagnostics', subject: { kind: 'code', id: 'K7QMX4PDK' } });
    expect(parseRoute('#/diagnostics/referrer/abc-1')).toEqual({ screen: 'diagnostics', subject: { kind: 'referrer', id: 'abc-1' } });
  });

  it('shows the diagnostics screen without a subject for anything malformed after it', () => {
    expect(parseRoute('#/diagnostics')).toEqual({ screen: 'diagnostics', subject: null });
    expect(parseRoute('#/diagnostics/sale/x')).toEqual({ screen: 'diagnostics', subject: null });
    expect(parseRoute('#/diagnostics/code/<script>')).toEqual({ screen: 'diagnostics', subject: null });
  });
});
