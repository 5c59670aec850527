/** An expected failure a handler reports to the screen: the code is for logic, the message for people. */
export class ServiceError extends Error {
  constructor(
    readonly code: string,
    message: string,
  ) {
    super(message);
    this.name = 'ServiceError';
  }
}
