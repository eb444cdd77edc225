#pragma once

namespace pd::core {
class Database;
}

namespace pd::sync {

// How the cycle's connection writes while pulled pages are applied, for as
// long as this object lives: commits do not wait for fsync
// (synchronous=NORMAL) and the WAL is copied into the database file every
// kCheckpointPages pages instead of after every 5,000-row page. Both
// settings are put back, and the WAL is copied back on this thread, when it
// goes: otherwise whichever connection commits next, the UI's included,
// would do that copying.
//
// Why this is safe for pulled rows only: they are on the server already,
// and each page commits together with the pull cursor. A power cut can lose
// whole trailing pages, never half of one, and the next cycle pulls them
// again. Local changes and acknowledgements keep synchronous=FULL.
class PullWriteMode {
public:
    static constexpr int kCheckpointPages = 10'000; // 40 MiB of 4 KiB pages

    explicit PullWriteMode(core::Database &database);
    ~PullWriteMode();
    PullWriteMode(const PullWriteMode &) = delete;
    PullWriteMode &operator=(const PullWriteMode &) = delete;

private:
    core::Database &m_database;
    int m_synchronous = -1; // what the connection had; -1: left as it was
    int m_checkpointPages = -1;
};

} // namespace pd::sync
