import { enforceQueueBound } from './queue-bound.js';

describe('the queue bound', () => {
  it('drops nothing within the bound', () => {
    expect(enforceQueueBound([{ id: 1, bytes: 50, pending: 3 }, { id: 2, bytes: 50, pending: 3 }], 100)).toEqual({ drop: [], droppedBatches: 0 });
  });

  it('drops the oldest segments until within the bound, counting their undelivered batches', () => {
    const segments = [
      { id: 1, bytes: 40, pending: 2 },
      { id: 2, bytes: 40, pending: 4 },
      { id: 3, bytes: 40, pending: 4 },
      { id: 4, bytes: 10, pending: 1 },
    ];
    expect(enforceQueueBound(segments, 60)).toEqual({ drop: [1, 2], droppedBatches: 6 });
  });

  it('never drops the segment being written', () => {
    expect(enforceQueueBound([{ id: 7, bytes: 500, pending: 9 }], 100)).toEqual({ drop: [], droppedBatches: 0 });
  });
});
