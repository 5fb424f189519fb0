// Registers every element (<yw-config> first, so that elements defined after it
// find their configuration at once) and exports all classes. The messages of
// every element are registered first, together.
import '../i18n/messages/all.ts';
import './yw-config.ts';
import './yw-catalog-stats.ts';
import './yw-progress-tracker.ts';
import './yw-item-search.ts';
import './yw-item-guide.ts';
import './yw-address-picker.ts';
import './yw-form-renderer.ts';
import './yw-account-switch.ts';
import './yw-case-desk.ts';
import './yw-form-designer.ts';

export * from '../index.ts';
