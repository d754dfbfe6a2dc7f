// SPDX-License-Identifier: MIT
// A batch's rows in fixed chunks, run on the calling thread and on helper threads when they
// are free. How a batch is cut depends only on its size and the network, never on the
// threads, so the numbers are the same on one thread or several.
#pragma once

#include "matrix.h"

#include <cstdint>
#include <functional>

namespace backstep {

struct RowChunk {
    Index begin = 0;
    Index count = 0;
};

// Chunks of rows for a batch of `rows` samples whose every row costs about `cellsPerRow`
// matrix cells (the sum of the layers' widths). One chunk unless the batch is big enough
// that splitting it repays waking a helper thread.
int rowChunkCount(Index rows, Index cellsPerRow);

// The `chunk`-th of `chunkCount` nearly equal chunks of `rows` rows.
RowChunk rowChunk(Index rows, int chunkCount, int chunk);

// Runs body(0), …, body(count − 1), each exactly once, and returns when all have finished.
// The calling thread takes chunks itself and never waits for a chunk no helper has started.
// Jobs of the same `size` (any number that tells jobs of one kind apart, e.g. cells × rows)
// are timed with the helpers and alone, and run the way that has been faster lately; while
// other programs keep all but one core busy (machine_load.h), the caller runs them alone. The first
// exception thrown by a chunk is rethrown here after the others have finished.
void runChunks(int count, std::int64_t size, const std::function<void(int)>& body);

// Jobs of several chunks (a training iteration or a test-set pass over a big batch) the
// helpers took part in, and those the caller ran alone although helpers were allowed (they
// did not pay, or other programs kept the cores busy), since the program started.
struct ChunkJobCounts {
    long long helped = 0;
    long long alone = 0;
};
ChunkJobCounts chunkJobCounts();

// Threads the calling thread may use (itself included) for its chunks: 1 keeps its work on
// itself, as the window's training thread does to leave a core for the window. The default
// is the number of cores, at most 4.
void setComputeThreads(int threads);
int computeThreads();
// Of those, how many there are: at most the cores (the caller and its helpers).
int usableComputeThreads();

} // namespace backstep
