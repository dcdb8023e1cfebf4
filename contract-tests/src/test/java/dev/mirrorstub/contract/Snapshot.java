package dev.mirrorstub.contract;

/** What a client can read of a server before and after one exchange, to tell what the exchange changed. */
sealed interface Snapshot permits ClusterSnapshot, AdminSnapshot {
}
