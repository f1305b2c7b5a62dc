import Dispatch

/// The Dispatch sources behind a connection, kept in step with what the state machine wants.
extension Connection {
    /// Suspends or resumes the read source as the state machine asks. Never after `close()`:
    /// a cancelled source that is suspended never runs its cancel handler, and the descriptor,
    /// the slot and the TLS session would stay forever.
    func syncReading() {
        guard let readSource, !closed else { return }
        if machine.readingPaused && !readSuspended {
            readSuspended = true
            readSource.suspend()
        } else if !machine.readingPaused && readSuspended {
            readSuspended = false
            readSource.resume()
        }
    }

    func armWritable() {
        guard !closed else { return }
        if writeSource == nil {
            let source = DispatchSource.makeWriteSource(fileDescriptor: descriptor, queue: worker.queue)
            source.setEventHandler { [unowned self] in self.writableEvent() }
            source.setCancelHandler { [self] in self.sourceCancelled() }
            writeSource = source
            pendingCancels += 1
            writeSuspended = false
            source.resume()
        } else if writeSuspended {
            writeSuspended = false
            writeSource?.resume()
        }
    }

    /// Never after `close()` (see `syncReading`).
    func disarmWritable() {
        if let writeSource, !writeSuspended, !readNeedsWritable, !closed {
            writeSuspended = true
            writeSource.suspend()
        }
    }
}
