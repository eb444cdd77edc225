#pragma once

#include <QtGlobal>

#include <initializer_list>

namespace pd::sync {

// Cuts `count` items into runs of the given sizes, largest first (full runs,
// then the rest in smaller steps, down to a size of 1), and calls
// fn(offset, size) for each until one returns a falsy result, which is
// returned. Used for SQL statements with one placeholder group per item:
// only these few statement sizes are ever prepared.
template<typename Fn>
auto forEachChunk(qsizetype count, std::initializer_list<int> sizes, Fn &&fn)
    -> decltype(fn(qsizetype(0), 0))
{
    qsizetype offset = 0;
    for (const int size : sizes) {
        for (; count - offset >= size; offset += size) {
            if (auto result = fn(offset, size); !result)
                return result;
        }
    }
    return {};
}

} // namespace pd::sync
