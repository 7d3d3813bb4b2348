/** Stage ids in the kebab case of data-value contracts (canonicalHeaders → canonical-headers), as the stage registry spells them. */
export { stageSlug as kebab } from '../../sigv4';
