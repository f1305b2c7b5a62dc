/// The distinct forms of an `ExtractionChunk` → their index, for `intern`: open addressing
/// that keeps each form's hash beside its index. A probe compares two integers before it
/// compares two forms (a `Dictionary` compares the keys, strings, at every slot of a probe),
/// and growing moves the slots without hashing any form again.
struct FormIndex {
    private struct Slot {
        var hash = 0
        /// The form's index + 1; 0 when the slot is empty.
        var position: Int32 = 0
    }

    /// A power of two, at most three quarters full (empty until the first form).
    private var slots: [Slot] = []
    private var count = 0

    /// The index of the form in `forms` equal to `form`; when there is none, `next` (the index
    /// `form` is to take there), which is then stored for it.
    mutating func index(of form: ExtractionChunk.Form, in forms: [ExtractionChunk.Form], else next: Int32) -> Int32 {
        if (count + 1) * 4 > slots.count * 3 { grow() }
        let hash = form.hashValue
        let mask = slots.count - 1
        var slot = hash & mask
        while slots[slot].position != 0 {
            let position = Int(slots[slot].position) - 1
            if slots[slot].hash == hash && forms[position] == form { return Int32(position) }
            slot = (slot + 1) & mask
        }
        slots[slot] = Slot(hash: hash, position: next + 1)
        count += 1
        return next
    }

    private mutating func grow() {
        let old = slots
        slots = Array(repeating: Slot(), count: max(64, old.count * 2))
        let mask = slots.count - 1
        for entry in old where entry.position != 0 {
            var slot = entry.hash & mask
            while slots[slot].position != 0 { slot = (slot + 1) & mask }
            slots[slot] = entry
        }
    }
}
