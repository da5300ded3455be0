//! A byte trie that finds the longest key at the start of a text, ASCII
//! case-insensitively.
//!
//! The gazetteer only asks for the longest name that starts exactly at a
//! given word start. Such an anchored search never follows failure links,
//! yet computing them is most of the cost of building an Aho-Corasick
//! automaton over the ~50,000 names; a trie gives the same answers and
//! builds an order of magnitude faster.
//!
//! Layout: one flat vector of nodes numbered breadth-first, so that the
//! children of a node are consecutive and in byte order. A lookup step scans
//! a few neighbouring nodes, and the build allocates nothing per node.

use std::collections::VecDeque;
use std::ops::Range;

/// Index of the root in [`PrefixTrie::nodes`].
const ROOT: usize = 0;
/// Marks a node where no key ends.
const NO_KEY: u32 = u32::MAX;
/// Marks a byte that leads nowhere from the root (the root is nobody's child).
const NO_CHILD: u32 = ROOT as u32;

/// The longest-prefix matcher over a list of keys.
pub(crate) struct PrefixTrie {
    /// The root first, then breadth-first.
    nodes: Vec<Node>,
    /// The root's child for each byte, upper- and lowercase alike, or
    /// [`NO_CHILD`]: every lookup starts at the root, which has a child for
    /// most letters, so a table beats scanning them.
    root_children: [u32; 256],
}

#[derive(Clone, Copy)]
struct Node {
    /// Index of the first child in [`PrefixTrie::nodes`].
    first_child: u32,
    /// Index of the key that ends at this node, or [`NO_KEY`].
    key: u32,
    /// Number of children, up to 256.
    child_count: u16,
    /// The (ASCII-lowercased) byte on the edge from the parent; unused at the root.
    label: u8,
}

impl Node {
    fn new(label: u8) -> Node {
        Node { first_child: 0, key: NO_KEY, child_count: 0, label }
    }

    fn children(&self) -> Range<usize> {
        let first = self.first_child as usize;
        first..first + usize::from(self.child_count)
    }

    /// The key ending here, if any, as a match of `length` bytes.
    fn key_match(&self, length: usize) -> Option<(usize, usize)> {
        (self.key != NO_KEY).then_some((self.key as usize, length))
    }
}

impl PrefixTrie {
    /// Builds the trie. Keys are folded to ASCII lowercase; of keys that fold
    /// to the same bytes, the first one's index is the one reported.
    pub fn build<K: AsRef<[u8]>>(keys: &[K]) -> PrefixTrie {
        assert!(keys.len() < NO_KEY as usize, "too many keys for a PrefixTrie");
        let total_len: usize = keys.iter().map(|key| key.as_ref().len()).sum();
        let mut folded = Vec::with_capacity(total_len);
        for key in keys {
            folded.extend_from_slice(key.as_ref());
        }
        folded.make_ascii_lowercase();
        let mut sorted: Vec<(&[u8], u32)> = Vec::with_capacity(keys.len());
        let mut rest = &folded[..];
        for (index, key) in (0..).zip(keys) {
            let (folded_key, tail) = rest.split_at(key.as_ref().len());
            sorted.push((folded_key, index));
            rest = tail;
        }
        // Equal keys sort by index, so the first of them comes first.
        sorted.sort_unstable();

        // Breadth-first: each node, in the order it was numbered, appends one
        // child per distinct next byte of the keys passing through it. Each
        // key byte adds at most one node.
        let mut nodes = Vec::with_capacity(total_len + 1);
        nodes.push(Node::new(0));
        // Per node whose children are still to be added, in numbering order:
        // the keys passing through it (a range of `sorted`, as they share the
        // node's path) and its depth.
        let mut pending: VecDeque<(Range<usize>, usize)> = VecDeque::from([(0..sorted.len(), 0)]);
        let mut node = ROOT;
        while let Some((mut passing, depth)) = pending.pop_front() {
            // Keys that end at this node sort before the ones going deeper.
            if let Some(&(_, index)) = sorted.get(passing.start).filter(|(key, _)| key.len() == depth) {
                nodes[node].key = index;
                passing.start += sorted[passing.clone()].partition_point(|(key, _)| key.len() == depth);
            }
            nodes[node].first_child = nodes.len() as u32;
            while !passing.is_empty() {
                let label = sorted[passing.start].0[depth];
                let same_label = sorted[passing.clone()].partition_point(|(key, _)| key[depth] == label);
                nodes.push(Node::new(label));
                nodes[node].child_count += 1;
                pending.push_back((passing.start..passing.start + same_label, depth + 1));
                passing.start += same_label;
            }
            node += 1;
        }
        nodes.shrink_to_fit();

        let mut root_children = [NO_CHILD; 256];
        for child in nodes[ROOT].children() {
            let label = nodes[child].label;
            root_children[usize::from(label)] = child as u32;
            root_children[usize::from(label.to_ascii_uppercase())] = child as u32;
        }
        PrefixTrie { nodes, root_children }
    }

    /// The longest key that is a prefix of `haystack`, compared ASCII
    /// case-insensitively (other bytes must be equal), as its index in the
    /// keys given to [`PrefixTrie::build`] and its length in bytes.
    pub fn longest_prefix(&self, haystack: &[u8]) -> Option<(usize, usize)> {
        let empty_key = self.nodes[ROOT].key_match(0);
        let Some((&first, rest)) = haystack.split_first() else {
            return empty_key;
        };
        let mut node = match self.root_children[usize::from(first)] {
            NO_CHILD => return empty_key,
            child => &self.nodes[child as usize],
        };
        let mut longest = node.key_match(1).or(empty_key);
        for (length, &byte) in (2..).zip(rest) {
            let byte = byte.to_ascii_lowercase();
            let Some(child) = self.nodes[node.children()].iter().find(|child| child.label == byte) else {
                break;
            };
            node = child;
            longest = node.key_match(length).or(longest);
        }
        longest
    }
}

#[cfg(test)]
mod tests {
    use super::PrefixTrie;

    fn trie(keys: &[&str]) -> PrefixTrie {
        PrefixTrie::build(keys)
    }

    #[test]
    fn longest_key_wins() {
        let trie = trie(&["new", "new mexico", "mexico"]);
        assert_eq!(trie.longest_prefix(b"new mexico city"), Some((1, 10)));
        assert_eq!(trie.longest_prefix(b"mexico"), Some((2, 6)));
    }

    #[test]
    fn shorter_key_found_when_longer_diverges() {
        let trie = trie(&["guinea", "guinea-bissau"]);
        assert_eq!(trie.longest_prefix(b"guinea-conakry"), Some((0, 6)));
        assert_eq!(trie.longest_prefix(b"guinea-biss"), Some((0, 6)));
        assert_eq!(trie.longest_prefix(b"guinea-bissau"), Some((1, 13)));
    }

    #[test]
    fn key_that_is_a_prefix_of_another() {
        let trie = trie(&["nigerian", "niger"]);
        assert_eq!(trie.longest_prefix(b"niger"), Some((1, 5)));
        assert_eq!(trie.longest_prefix(b"nigeria"), Some((1, 5)));
        assert_eq!(trie.longest_prefix(b"nigerians"), Some((0, 8)));
    }

    #[test]
    fn ascii_case_folds_on_both_sides() {
        let trie = trie(&["japan", "US"]);
        assert_eq!(trie.longest_prefix(b"JAPAN"), Some((0, 5)));
        assert_eq!(trie.longest_prefix(b"JaPaN"), Some((0, 5)));
        assert_eq!(trie.longest_prefix(b"us"), Some((1, 2)));
    }

    #[test]
    fn non_ascii_bytes_compare_exactly() {
        let trie = trie(&["türkiye", "évora"]);
        assert_eq!(trie.longest_prefix("TüRKIYE".as_bytes()), Some((0, 8)));
        assert_eq!(trie.longest_prefix("TÜRKIYE".as_bytes()), None);
        assert_eq!(trie.longest_prefix("Évora".as_bytes()), None);
        assert_eq!(trie.longest_prefix("évora".as_bytes()), Some((1, 6)));
    }

    #[test]
    fn no_match() {
        let trie = trie(&["japan", "china"]);
        assert_eq!(trie.longest_prefix(b"jap"), None);
        assert_eq!(trie.longest_prefix(b"korea"), None);
        assert_eq!(trie.longest_prefix(b" japan"), None);
    }

    #[test]
    fn empty_input_and_empty_trie() {
        assert_eq!(trie(&["japan"]).longest_prefix(b""), None);
        assert_eq!(trie(&[]).longest_prefix(b"japan"), None);
    }

    #[test]
    fn empty_key_matches_everywhere() {
        let trie = trie(&["", "a"]);
        assert_eq!(trie.longest_prefix(b""), Some((0, 0)));
        assert_eq!(trie.longest_prefix(b"b"), Some((0, 0)));
        assert_eq!(trie.longest_prefix(b"ab"), Some((1, 1)));
    }

    #[test]
    fn first_of_equal_keys_is_reported() {
        let trie = trie(&["Paris", "paris", "PARIS"]);
        assert_eq!(trie.longest_prefix(b"Paris, Texas"), Some((0, 5)));
    }
}
