//! Clustering: from scored pairs to persons.
//!
//! Plain connected components (what most tools do) chain: if A–B and B–C are each just above the
//! threshold, A and C end up as one person even when A and C are clearly two people (two
//! brothers both close to a badly written third record). For Bayiri a false merge is worse than
//! a missed duplicate — one person's protection flags would show on another — so merging is
//! guarded:
//!
//! 1. Pairs are taken strongest first (greedy agglomeration over a union-find).
//! 2. Two groups merge only if **no cross pair vetoes it**: every record of one group is
//!    compared with every record of the other (the groups are small, so this is cheap), and the
//!    merge is refused if any cross pair has a match weight below the veto weight or looks like
//!    relatives (same family name, different given names, no shared document).
//! 3. A group never grows beyond `max_cluster` records.
//!
//! The result is between single and complete linkage: as permissive as single linkage for
//! records that nothing contradicts, as strict as complete linkage against contradictions.

/// Clustering settings.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct ClusterConfig {
    /// Pairs at or above this match weight (bits) are merge candidates.
    pub threshold_weight: f64,
    /// A cross pair below this weight blocks a merge.
    pub veto_weight: f64,
    /// Largest group.
    pub max_cluster: usize,
}

/// Union-find with member lists.
#[derive(Debug, Clone)]
struct Groups {
    parent: Vec<u32>,
    members: Vec<Vec<u32>>,
}

impl Groups {
    fn new(n: usize) -> Self {
        Self {
            parent: (0..n as u32).collect(),
            members: (0..n as u32).map(|i| vec![i]).collect(),
        }
    }

    fn find(&mut self, mut x: u32) -> u32 {
        while self.parent[x as usize] != x {
            let grand = self.parent[self.parent[x as usize] as usize];
            self.parent[x as usize] = grand;
            x = grand;
        }
        x
    }

    fn union(&mut self, a: u32, b: u32) {
        let (big, small) = if self.members[a as usize].len() >= self.members[b as usize].len() {
            (a, b)
        } else {
            (b, a)
        };
        self.parent[small as usize] = big;
        let moved = std::mem::take(&mut self.members[small as usize]);
        self.members[big as usize].extend(moved);
    }
}

/// What a cross comparison says about two records.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct CrossCheck {
    pub weight: f64,
    pub relatives: bool,
}

/// Clusters `n` records given candidate edges `(i, j, weight)` (any order) and a way to score
/// any pair for the cross checks. Returns for each record the index of the cluster's first
/// (lowest-index) record.
pub fn cluster<F>(
    n: usize,
    edges: &mut [(u32, u32, f32)],
    config: &ClusterConfig,
    check: F,
) -> Vec<u32>
where
    F: Fn(usize, usize) -> CrossCheck,
{
    edges.sort_unstable_by(|a, b| b.2.total_cmp(&a.2).then(a.0.cmp(&b.0)).then(a.1.cmp(&b.1)));
    let mut groups = Groups::new(n);
    for &(i, j, w) in edges.iter() {
        if f64::from(w) < config.threshold_weight {
            break;
        }
        let (ra, rb) = (groups.find(i), groups.find(j));
        if ra == rb {
            continue;
        }
        let (ma, mb) = (&groups.members[ra as usize], &groups.members[rb as usize]);
        if ma.len() + mb.len() > config.max_cluster {
            continue;
        }
        let vetoed = ma.iter().any(|&x| {
            mb.iter().any(|&y| {
                if (x, y) == (i, j) || (y, x) == (i, j) {
                    return false;
                }
                let c = check(x as usize, y as usize);
                c.relatives || c.weight < config.veto_weight
            })
        });
        if !vetoed {
            groups.union(ra, rb);
        }
    }
    let mut out = vec![0u32; n];
    for (r, members) in groups.members.iter().enumerate() {
        if let Some(&first) = members.iter().min() {
            for &m in members {
                out[m as usize] = first;
            }
        } else {
            debug_assert!(groups.parent[r] != r as u32);
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn config() -> ClusterConfig {
        ClusterConfig {
            threshold_weight: 0.0,
            veto_weight: -5.0,
            max_cluster: 10,
        }
    }

    #[test]
    fn merges_agreeing_records() {
        let mut edges = vec![(0, 1, 10.0), (1, 2, 8.0)];
        let ids = cluster(4, &mut edges, &config(), |_, _| CrossCheck {
            weight: 3.0,
            relatives: false,
        });
        assert_eq!(ids, vec![0, 0, 0, 3]);
    }

    #[test]
    fn refuses_chains_through_contradictions() {
        // 0–1 and 1–2 link, but 0 and 2 contradict each other: 2 stays apart.
        let mut edges = vec![(0, 1, 10.0), (1, 2, 8.0)];
        let ids = cluster(3, &mut edges, &config(), |x, y| CrossCheck {
            weight: if (x.min(y), x.max(y)) == (0, 2) {
                -20.0
            } else {
                5.0
            },
            relatives: false,
        });
        assert_eq!(ids, vec![0, 0, 2]);
    }

    #[test]
    fn refuses_relatives_and_respects_threshold() {
        let mut edges = vec![(0, 1, 10.0), (1, 2, 8.0), (2, 3, -1.0)];
        let ids = cluster(4, &mut edges, &config(), |x, y| CrossCheck {
            weight: 5.0,
            relatives: (x.min(y), x.max(y)) == (0, 2),
        });
        assert_eq!(ids, vec![0, 0, 2, 3]);
    }
}
