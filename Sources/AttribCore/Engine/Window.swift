/// `lo..<hi`, or the empty range at `lo` when `hi < lo`.
///
/// The matcher looks a few tokens ahead or behind ("within three words after the cue"), and near
/// the edges of a short or odd sentence such a window can end before it starts; `lo..<hi` with
/// `hi < lo` traps. Every bounded look-around window is built with this instead.
@inline(__always)
func window(_ lo: Int, _ hi: Int) -> Range<Int> { lo..<max(lo, hi) }
