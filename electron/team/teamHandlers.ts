import type { PlatformHandler } from '../handlers/types';
import type { TeamConnection } from './teamConnection';

/** The team messages answered by one connection: the desktop's main process and the web host's server both register these. */
export function teamHandlers(connection: TeamConnection): {
  teamSignIn: PlatformHandler<'teamSignIn'>;
  teamStatus: PlatformHandler<'teamStatus'>;
  teamSignOut: PlatformHandler<'teamSignOut'>;
  teamRequest: PlatformHandler<'teamRequest'>;
  teamSetup: PlatformHandler<'teamSetup'>;
} {
  return {
    teamSignIn: (input) => connection.signIn(input),
    teamStatus: () => connection.status(),
    teamSignOut: () => connection.signOut(),
    teamRequest: (input) => connection.request(input),
    teamSetup: (input) => connection.setup(input),
  };
}
