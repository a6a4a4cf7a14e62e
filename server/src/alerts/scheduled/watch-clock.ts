/**
 * When this server started listening to devices: silence from before is not held against a device
 * (see checks/silence.ts). Injectable so a test can say the server has listened for longer.
 */
export class WatchClock {
  watchingSince = new Date();
}
