import type { Handlers } from '../app.ts';
import { catalogRoutes } from '../catalog/routes.ts';
import { applicationRoutes } from '../applications/routes.ts';
import { peopleRoutes } from '../people/routes.ts';

/** Every endpoint's handler, by group and name, as the endpoint table lists them. */
export const handlers: Handlers = {
  ...catalogRoutes,
  ...applicationRoutes,
  ...peopleRoutes,
};
