import type { MessageInput, MessageOutput } from '../../shared/platform/contract';
import type { Result } from '../../shared/platform/result';
import type { TeamConnection } from './teamConnection';

type Handler<N extends 'teamSignIn' | 'teamStatus' | 'teamSignOut' | 'teamRequest' | 'teamSetup'> = (input: MessageInput<N>) => Promise<Result<MessageOutput<N>>>;

/** The team messages answered by one connection: the desktop's main process and the web host's server both register these. */
export function teamHandlers(connection: TeamConnection): {
  teamSignIn: Handler<'teamSignIn'>;
  teamStatus: Handler<'teamStatus'>;
  teamSignOut: Handler<'teamSignOut'>;
  teamRequest: Handler<'teamRequest'>;
  teamSetup: Handler<'teamSetup'>;
} {
  return {
    teamSignIn: (input) => connection.signIn(input),
    teamStatus: () => connection.status(),
    teamSignOut: () => connection.signOut(),
    teamRequest: (input) => connection.request(input),
    teamSetup: (input) => connection.setup(input),
  };
}
