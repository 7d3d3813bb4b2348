/** Stage ids in the kebab case of data-testid values and contract values (canonicalHeaders → canonical-headers). */
import type { StageId } from '../../sigv4';

/** The kebab-case name of a stage. */
export function kebab(id: StageId): string {
  return id.replace(/[A-Z]/g, (c) => '-' + c.toLowerCase());
}
