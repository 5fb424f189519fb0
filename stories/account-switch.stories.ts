// <yw-account-switch> against the mock server. The demo citizen 李文博 is made an
// 经办人 of the demo enterprise for these stories (a row in the mock's database,
// as a 法人's grant writes it); beside the switch, <yw-progress-tracker>'s "my
// applications" shows whose data the page acts on.
import { html } from 'lit';
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { createClient } from '@yiwang/sdk';
import { startMock } from '../.storybook/mock.ts';

/** 李文博's authorisation for the demo enterprise, ending `days` from now (negative: expired). */
async function authorise(days: number): Promise<void> {
  const { api } = await startMock();
  await api.services.db.query("DELETE FROM enterprise_authorisations WHERE person_id = 'demo-person'");
  await api.services.db.query(
    `INSERT INTO enterprise_authorisations (id, person_id, enterprise_id, role, source, granted_at, expires_at, granted_by)
     VALUES ('auth_story', 'demo-person', 'demo-enterprise', 'agent', 'grant', now(), $1, NULL)`,
    [new Date(Date.now() + days * 86400_000).toISOString()],
  );
}

let token: Promise<string> | undefined;
const getToken = () =>
  (token ??= createClient({ baseUrl: '/api/v1' })
    .auth.demoSignIn({ userId: 'demo-person' })
    .then((s) => s.token));

interface Args {
  actingFor: string;
  signedIn: boolean;
  /** Days until 李文博's authorisation ends (negative: it has expired). */
  authorisationDays: number;
}

const meta: Meta<Args> = {
  title: 'Elements/yw-account-switch',
  component: 'yw-account-switch',
  args: { actingFor: '', signedIn: true, authorisationDays: 365 },
  loaders: [({ args }) => authorise((args as Args).authorisationDays)],
  parameters: { yiwangConfig: false, actions: { handles: ['yw-acting-change', 'yw-error'] } },
  render: (args, { globals }) => {
    const theme = (globals.theme as string) ?? 'light';
    document.body.style.background = theme === 'dark' ? '#121212' : '';
    return html`<yw-config
      api-base="/api/v1"
      locale=${(globals.locale as string) ?? 'zh-CN'}
      theme=${theme}
      ?elder=${globals.elder === 'on'}
      acting-for=${args.actingFor}
      sign-in-url="/auth/oidc/login"
      .getToken=${args.signedIn ? getToken : undefined}
    >
      <yw-account-switch></yw-account-switch>
      <yw-progress-tracker></yw-progress-tracker>
    </yw-config>`;
  },
};
export default meta;

type Story = StoryObj<Args>;

/** Signed in as 李文博, acting for himself, with the demo enterprise to switch to. */
export const Person: Story = {};

/** Acting for the demo enterprise as its 经办人: my applications are the enterprise's. */
export const ActingForEnterprise: Story = { args: { actingFor: 'demo-enterprise' } };

/** The authorisation expired while the page acted for the enterprise: say so, offer the way back. */
export const Expired: Story = { args: { actingFor: 'demo-enterprise', authorisationDays: -1 }, tags: ['state:error'] };

/** Signed out: the site's sign-in. */
export const SignedOut: Story = { args: { signedIn: false }, tags: ['state:error'] };

/** Elder mode: larger type and 48 px targets. */
export const Elder: Story = { globals: { elder: 'on' } };

/** In English. */
export const English: Story = { globals: { locale: 'en' } };
