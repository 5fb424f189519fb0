// What the first step of a typical form does not show, fetched once the form
// is on screen (YwFormRenderer.loadLater) so that moving on adds no wait: the
// guide's other materials, delivery, the review, the receipt, why a
// submission failed, and the file and e-license fields.
export { renderDelivery } from './delivery-step.ts';
export { renderMaterials, renderReview, renderSubmitError } from './later-steps.ts';
export { renderReceipt } from './receipt.ts';
export { renderFile, renderLicense } from '../fields/materials.ts';
