/// When an article was published: a calendar date with a year, and the time of day when
/// the source gave one (converted to UTC).
public struct PublicationDate: Sendable, Hashable, Comparable {
    public let year: Int
    /// 1–12.
    public let month: Int
    /// 1–31, valid for the month and year.
    public let day: Int
    /// Seconds since midnight UTC, when the source gave a time.
    public let secondsOfDay: Int?

    /// A valid calendar date, or nil (`2021-02-29`, `2021-04-31`).
    public init?(year: Int, month: Int, day: Int, secondsOfDay: Int? = nil) {
        guard (1...9999).contains(year), (1...12).contains(month),
              day >= 1, day <= Self.daysIn(month: month, year: year) else { return nil }
        if let secondsOfDay, !(0..<86_400).contains(secondsOfDay) { return nil }
        self.year = year
        self.month = month
        self.day = day
        self.secondsOfDay = secondsOfDay
    }

    /// Days in `month` of `year`; without a year, February has 29 (a yearless `29 février`
    /// is possible, `30 février` never).
    public static func daysIn(month: Int, year: Int?) -> Int {
        switch month {
        case 2:
            guard let year else { return 29 }
            return (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 ? 29 : 28
        case 4, 6, 9, 11: return 30
        default: return 31
        }
    }

    /// `yyyymmdd`, the key date filters compare.
    public var dayKey: Int { year * 10_000 + month * 100 + day }

    /// `2021-11-19`, or `2021-11-19T08:30:00Z` with a time.
    public var iso: String {
        func two(_ value: Int) -> String { value < 10 ? "0\(value)" : "\(value)" }
        let yearText = String(repeating: "0", count: max(0, 4 - String(year).count)) + String(year)
        let date = "\(yearText)-\(two(month))-\(two(day))"
        guard let seconds = secondsOfDay else { return date }
        return "\(date)T\(two(seconds / 3600)):\(two(seconds % 3600 / 60)):\(two(seconds % 60))Z"
    }

    /// Chronological; a date without a time comes before the same date with one.
    public static func < (lhs: PublicationDate, rhs: PublicationDate) -> Bool {
        (lhs.dayKey, lhs.secondsOfDay ?? -1) < (rhs.dayKey, rhs.secondsOfDay ?? -1)
    }
}

extension PublicationDate {
    /// Parses ISO 8601 `YYYY-MM-DD` or a date-time `YYYY-MM-DDTHH:MM[:SS[.fff]]` with `Z`,
    /// `±HH:MM`, `±HHMM` or no zone (read as UTC); the time is converted to UTC, which may
    /// move the date. Nil when malformed or impossible.
    public init?(iso text: String) {
        let bytes = Array(text.utf8)
        func number(_ range: Range<Int>) -> Int? {
            guard range.upperBound <= bytes.count else { return nil }
            var value = 0
            for byte in bytes[range] {
                guard (0x30...0x39).contains(byte) else { return nil }
                value = value * 10 + Int(byte - 0x30)
            }
            return value
        }
        guard bytes.count >= 10, bytes[4] == 0x2D, bytes[7] == 0x2D,
              let year = number(0..<4), let month = number(5..<7), let day = number(8..<10) else { return nil }
        guard PublicationDate(year: year, month: month, day: day) != nil else { return nil }
        if bytes.count == 10 {
            self.init(year: year, month: month, day: day)
            return
        }
        guard bytes[10] == UInt8(ascii: "T") || bytes[10] == UInt8(ascii: " "), bytes.count >= 16, bytes[13] == 0x3A,
              let hour = number(11..<13), let minute = number(14..<16), hour < 24, minute < 60 else { return nil }
        var cursor = 16, second = 0
        if cursor < bytes.count, bytes[cursor] == 0x3A {
            guard let value = number(cursor + 1..<cursor + 3), value < 61 else { return nil }
            second = min(value, 59)  // a leap second is kept inside its minute
            cursor += 3
            if cursor < bytes.count, bytes[cursor] == 0x2E || bytes[cursor] == 0x2C {
                cursor += 1
                let digits = bytes[cursor...].prefix { (0x30...0x39).contains($0) }.count
                guard digits > 0 else { return nil }
                cursor += digits
            }
        }
        var offset = 0
        if cursor < bytes.count {
            let sign = bytes[cursor]
            if sign == UInt8(ascii: "Z") || sign == UInt8(ascii: "z") {
                guard cursor + 1 == bytes.count else { return nil }
            } else if sign == 0x2B || sign == 0x2D {
                let rest = bytes.count - cursor - 1
                guard let hours = number(cursor + 1..<cursor + 3), hours < 24 else { return nil }
                let minutes: Int?
                if rest == 5, bytes[cursor + 3] == 0x3A { minutes = number(cursor + 4..<cursor + 6) }
                else if rest == 4 { minutes = number(cursor + 3..<cursor + 5) }
                else if rest == 2 { minutes = 0 }
                else { minutes = nil }
                guard let minutes, minutes < 60 else { return nil }
                offset = (hours * 60 + minutes) * 60 * (sign == 0x2D ? -1 : 1)
            } else {
                return nil
            }
        }
        var seconds = hour * 3600 + minute * 60 + second - offset
        var days = Self.daysFromCivil(year: year, month: month, day: day)
        if seconds < 0 { seconds += 86_400; days -= 1 }
        if seconds >= 86_400 { seconds -= 86_400; days += 1 }
        let civil = Self.civilFromDays(days)
        self.init(year: civil.year, month: civil.month, day: civil.day, secondsOfDay: seconds)
    }

    /// Days since 1970-01-01 of a proleptic Gregorian date.
    static func daysFromCivil(year: Int, month: Int, day: Int) -> Int {
        let y = month <= 2 ? year - 1 : year
        let era = (y >= 0 ? y : y - 399) / 400
        let yearOfEra = y - era * 400
        let dayOfYear = (153 * (month + (month > 2 ? -3 : 9)) + 2) / 5 + day - 1
        let dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear
        return era * 146_097 + dayOfEra - 719_468
    }

    /// The proleptic Gregorian date `days` after 1970-01-01.
    package static func civilFromDays(_ days: Int) -> (year: Int, month: Int, day: Int) {
        let z = days + 719_468
        let era = (z >= 0 ? z : z - 146_096) / 146_097
        let dayOfEra = z - era * 146_097
        let yearOfEra = (dayOfEra - dayOfEra / 1460 + dayOfEra / 36_524 - dayOfEra / 146_096) / 365
        let dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100)
        let mp = (5 * dayOfYear + 2) / 153
        let day = dayOfYear - (153 * mp + 2) / 5 + 1
        let month = mp < 10 ? mp + 3 : mp - 9
        return (yearOfEra + era * 400 + (month <= 2 ? 1 : 0), month, day)
    }
}
