/** A stage's kebab-case name, as data-value contracts name it (canonicalHeaders → canonical-headers): the registry's slug. */
import { STAGES, type StageId } from '../../sigv4';

/** The kebab-case name of a stage. */
export function kebab(id: StageId): string {
  return STAGES[id].slug;
}
