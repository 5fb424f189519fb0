// An element whose tag is defined before <yw-config>'s (separate scripts, or
// an import order): it waits in the loading state instead of reporting
// "not configured", and loads once <yw-config> is defined. Its own page, so
// that nothing has defined yw-config yet.
import { expect } from '@open-wc/testing';
import '../define/yw-catalog-stats.ts';
import { stateOf, waitForState } from '@yiwang/test/helpers/element-suite';
import { before, describe, it } from '@yiwang/test/helpers/mocha';
import { startMock } from '@yiwang/test/helpers/mock-worker';
import type { BrowserMock } from '@yiwang/test/helpers/mock-worker';

describe('an element defined before <yw-config>', () => {
  let mock: BrowserMock;
  before(async function () {
    this.timeout(60_000);
    mock = await startMock();
  });

  it('waits for <yw-config>, then uses its client', async () => {
    expect(customElements.get('yw-config')).to.equal(undefined);
    const config = document.createElement('yw-config');
    config.setAttribute('api-base', mock.baseUrl);
    config.setAttribute('locale', 'en');
    const el = document.createElement('yw-catalog-stats');
    config.append(el);
    document.body.append(config);
    await el.updateComplete;
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(stateOf(el)).to.equal('pending');
    await import('../define/yw-config.ts');
    await waitForState(el, 'complete');
    expect(el.shadowRoot!.textContent).to.include('need no visit');
    config.remove();
  });
});
