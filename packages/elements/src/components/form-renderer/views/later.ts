// What the first step of a typical form does not show, fetched once the form
// is on screen (YwFormRenderer.loadLater) so that moving on adds no wait: the
// guide's other materials, delivery, the review, the receipt, why a
// submission failed, the draft offer, and the group, address, file and
// e-license fields.
export { renderDelivery } from './delivery-step.ts';
export { renderMaterials, renderReview, renderSubmitError } from './later-steps.ts';
export { renderReceipt } from './receipt.ts';
export { renderFile, renderLicense } from '../fields/materials.ts';
export { renderGroup } from '../fields/group.ts';
export { renderAddress } from '../fields/address.ts';
export { renderDraftBanner } from './draft-banner.ts';
export { laterStyles as styles } from './later.styles.ts';
