use std::fmt::Debug;
use uuid::Uuid;

/// Where new ids come from. UUIDv7 ids sort by creation time, which the lists rely on for
/// cursor pagination.
pub trait IdGenerator: Send + Sync + Debug {
    fn new_id(&self) -> Uuid;
}

#[derive(Debug, Clone, Copy, Default)]
pub struct UuidV7Ids;

impl IdGenerator for UuidV7Ids {
    #[allow(clippy::disallowed_methods)] // the one place that draws ids
    fn new_id(&self) -> Uuid {
        Uuid::now_v7()
    }
}
