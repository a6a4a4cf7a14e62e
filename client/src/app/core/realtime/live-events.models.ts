import type { PositionMessage } from '../../../../../server/src/realtime/position-coalescer';
import type { Alert } from '../api/alerts.models';

/**
 * A tag's new position as the `position` event carries it (times epoch ms), type-imported from the
 * server's realtime feed so the two cannot drift.
 */
export type LivePosition = PositionMessage;

/** `transition`: a tag entered another room. */
export interface LiveTransition {
  tagId: string;
  /** Null when the tag is placed for the first time. */
  fromRoomId: string | null;
  toRoomId: string;
  /** The floor of `toRoomId`. */
  floorId: string;
  enteredAt: number;
}

export type LiveAlertAction = 'raised' | 'updated' | 'acknowledged' | 'resolved' | 'cleared';

/** `alert`: an alert was raised or changed, with the alert as it is now. */
export interface LiveAlert {
  action: LiveAlertAction;
  alert: Alert;
}

/** Where the stream is: `unsupported` in a browser without EventSource. */
export type LiveConnection = 'closed' | 'connecting' | 'open' | 'unsupported';

/** The part of `EventSource` the service uses, so tests can hand it a fake. */
export interface LiveEventSource {
  readonly readyState: number;
  addEventListener(type: string, listener: (event: MessageEvent<string>) => void): void;
  close(): void;
}

export type LiveEventSourceFactory = (url: string) => LiveEventSource | null;
