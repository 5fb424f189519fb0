// The address value's pure functions: sameAddress is the one comparison the
// picker and the form renderer share.
import { expect } from '@open-wc/testing';
import { describe, it } from '@yiwang/test/helpers/mocha';
import { sameAddress } from './address-value.ts';
import type { AddressValue } from './address-value.ts';

const empty: AddressValue = { recipient: '', mobile: '', divisionCode: '', divisionPath: [], detail: '', postcode: null };
const address: AddressValue = {
  ...empty,
  recipient: '张三',
  mobile: '13800000000',
  divisionCode: '410702',
  divisionPath: [{ code: '410702', name: '红旗区', level: 'county' }],
  detail: '人民路12号',
};

describe('sameAddress', () => {
  it('compares field by field; a missing recipient, mobile or postcode is an empty one', () => {
    expect(sameAddress(address, { ...address })).to.equal(true);
    expect(sameAddress(address, { ...address, detail: '人民路13号' })).to.equal(false);
    expect(sameAddress({ ...address, postcode: null }, { ...address, postcode: '' })).to.equal(true);
    expect(
      sameAddress(
        { ...address, recipient: '', mobile: '' },
        { divisionCode: address.divisionCode, divisionPath: address.divisionPath, detail: address.detail },
      ),
    ).to.equal(true);
  });

  it('null only equals null (an empty value is not null)', () => {
    expect(sameAddress(null, null)).to.equal(true);
    expect(sameAddress(null, empty)).to.equal(false);
    expect(sameAddress(empty, null)).to.equal(false);
    expect(sameAddress(empty, { ...empty })).to.equal(true);
    expect(sameAddress(null, address)).to.equal(false);
  });
});
