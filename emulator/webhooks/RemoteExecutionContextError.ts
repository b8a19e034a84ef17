/**
 * The emulator was asked to describe a change it cannot put into a RemoteExecutionContext (an unknown column, a
 * value that does not fit its column type, a malformed id). A bug in the caller, never a fault to answer with.
 */
export class RemoteExecutionContextError extends Error {
  override name = 'RemoteExecutionContextError';
}
