import { parseCodeInput, type CodeInputOptions } from '../../../../shared/domain/code-input';
import { typoCandidates } from '../../../../shared/domain/code-suggest';
import type { PosDb } from '../../db/pos-db';
import { findCode, findExistingCodes, type CodeMatch } from '../../db/repos/code-lookup';

export type CodeCheck =
  | { kind: 'input_error'; message: string }
  | { kind: 'found'; match: CodeMatch }
  | { kind: 'typo'; suggestions: CodeMatch[] }
  | { kind: 'unknown' };

/**
 * Scan text in, stored code out: normalize, one indexed lookup, and only when a generated code
 * fails its check character, one more lookup for the codes it was probably meant to be.
 */
export async function checkCode(db: PosDb, text: string, options?: CodeInputOptions): Promise<CodeCheck> {
  const input = parseCodeInput(text, options);
  if (!input.ok) return { kind: 'input_error', message: input.message };
  const match = await findCode(db, input.candidates);
  if (match) return { kind: 'found', match };
  if (input.generated && !input.generated.checkValid) {
    const suggestions = await findExistingCodes(db, typoCandidates(input.generated));
    return suggestions.length > 0 ? { kind: 'typo', suggestions } : { kind: 'unknown' };
  }
  return { kind: 'unknown' };
}
