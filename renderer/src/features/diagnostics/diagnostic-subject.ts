/** What a diagnostic looks at: a lead, a referral code (canonical form) or a referrer. */
export interface DiagnosticSubject {
  kind: 'lead' | 'code' | 'referrer';
  id: string;
}

/** `#/diagnostics/lead/<id>`, `#/diagnostics/code/<code>`, `#/diagnostics/referrer/<id>`. */
export function diagnosticsHref(subject: DiagnosticSubject): string {
  return `#/diagnostics/${subject.kind}/${encodeURIComponent(subject.id)}`;
}

const PATH = /^#\/diagnostics\/(lead|code|referrer)\/([A-Za-z0-9-]{1,500})$/;

/** The subject named in the hash; null for `#/diagnostics` alone or anything malformed after it. */
export function parseDiagnosticsHash(hash: string): DiagnosticSubject | null {
  const match = PATH.exec(hash);
  return match ? { kind: match[1] as DiagnosticSubject['kind'], id: match[2]! } : null;
}
