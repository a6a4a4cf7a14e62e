/**
 * A minimal Chrome DevTools Protocol client for a Node process started with --inspect, over the
 * WebSocket client Node 20 has behind --experimental-websocket (the process using this must run with
 * that flag). The throughput benchmark uses it to force a full collection before reading the server's
 * memory, and to CPU-profile exactly the phase it wants.
 */

interface MinimalWebSocket {
  send(data: string): void;
  close(): void;
  addEventListener(type: 'open' | 'error' | 'close', listener: (event: unknown) => void): void;
  addEventListener(type: 'message', listener: (event: { data: unknown }) => void): void;
}

type WebSocketConstructor = new (url: string) => MinimalWebSocket;

interface Reply {
  id: number;
  result?: unknown;
  error?: { message: string };
}

export class InspectorSession {
  private nextId = 1;
  private readonly waiting = new Map<number, { resolve: (value: unknown) => void; reject: (error: Error) => void }>();

  private constructor(private readonly socket: MinimalWebSocket) {
    socket.addEventListener('message', (event) => {
      const reply = JSON.parse(String(event.data)) as Reply;
      const waiter = this.waiting.get(reply.id);
      if (!waiter) return; // an event, not an answer
      this.waiting.delete(reply.id);
      if (reply.error) waiter.reject(new Error(reply.error.message));
      else waiter.resolve(reply.result);
    });
    socket.addEventListener('close', () => {
      for (const waiter of this.waiting.values()) waiter.reject(new Error('inspector connection closed'));
      this.waiting.clear();
    });
  }

  static connect(url: string): Promise<InspectorSession> {
    const WebSocketClass = (globalThis as { WebSocket?: WebSocketConstructor }).WebSocket;
    if (!WebSocketClass) return Promise.reject(new Error('no WebSocket client: run Node 20 with --experimental-websocket'));
    return new Promise((resolve, reject) => {
      const socket = new WebSocketClass(url);
      socket.addEventListener('open', () => resolve(new InspectorSession(socket)));
      socket.addEventListener('error', () => reject(new Error(`could not connect to the inspector at ${url}`)));
    });
  }

  post<T>(method: string, params: Record<string, unknown> = {}, timeoutMs = 60_000): Promise<T> {
    const id = this.nextId++;
    return new Promise<T>((resolve, reject) => {
      const timer = setTimeout(() => {
        this.waiting.delete(id);
        reject(new Error(`${method} took longer than ${timeoutMs} ms`));
      }, timeoutMs);
      this.waiting.set(id, {
        resolve: (value) => {
          clearTimeout(timer);
          resolve(value as T);
        },
        reject: (error) => {
          clearTimeout(timer);
          reject(error);
        },
      });
      this.socket.send(JSON.stringify({ id, method, params }));
    });
  }

  /**
   * Evaluates an expression in the process's global scope and returns its (JSON) value. The console's
   * command-line API is in scope, `require` included (an ES-module program has none of its own).
   */
  async evaluate<T>(expression: string): Promise<T> {
    const answer = await this.post<{ result: { value?: unknown }; exceptionDetails?: { text: string } }>('Runtime.evaluate', {
      expression,
      returnByValue: true,
      includeCommandLineAPI: true,
    });
    if (answer.exceptionDetails) throw new Error(`${expression}: ${answer.exceptionDetails.text}`);
    return answer.result.value as T;
  }

  close(): void {
    this.socket.close();
  }
}
