/// SHA-256 for finding fingerprints: the same hash the store identifies documents with.
enum CheckHash {
    static func sha256Hex(_ message: [UInt8]) -> String { SHA256.hex(message) }
}
