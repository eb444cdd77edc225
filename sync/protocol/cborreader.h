#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QVarLengthArray>

#include <optional>

namespace pd::sync {

// Reads CBOR (RFC 8949) held in memory, item by item: the rows of a push
// body or pull page. QCborStreamReader does the same through tinycbor's
// read callbacks and copies every text out; for the 40-odd items of a row
// that was over half of the server's time decoding a push. A text in one
// piece is given here as a view of the data.
//
// Strict where the wire is: an integer beyond qint64 is not an integer,
// a tag is just a tag, and bytes that are not CBOR stop the reader (then
// every call answers false). The caller hands anything it does not expect
// to the whole decoder (QCborValue), which says what is wrong with it.
class CborReader {
public:
    // The data must outlive the reader and the views it gives.
    explicit CborReader(QByteArrayView data);
    CborReader(QByteArray &&) = delete; // a temporary would not outlive it

    // False once the data was found not to be CBOR.
    bool isValid() const { return m_valid; }
    // Where the current item starts; after the last one, where it ended.
    qsizetype currentOffset() const { return m_pos; }

    // The current item's kind: false for all when there is no current item
    // (the end of a container or of the data).
    bool isMap() const { return m_hasItem && m_head.major == kMap; }
    bool isArray() const { return m_hasItem && m_head.major == kArray; }
    bool isText() const { return m_hasItem && m_head.major == kText; }
    // An integer that fits a qint64.
    bool isInteger() const;
    bool isBool() const
    {
        return m_hasItem && (m_head.initial == kFalse || m_head.initial == kTrue);
    }
    bool isNull() const { return m_hasItem && m_head.initial == kNull; }
    // A map, array, text or byte string with its length in its head.
    bool isLengthKnown() const
    {
        return m_hasItem && !m_head.indefinite && m_head.major >= 2 && m_head.major <= 5;
    }
    // Items of an array, pairs of a map, bytes of a text (isLengthKnown()).
    quint64 length() const { return m_head.argument; }

    qint64 toInteger() const;
    bool toBool() const { return m_head.initial == kTrue; }

    // Moves past the current item, with all it contains.
    bool next();
    // Into the current map or array, at its first item.
    bool enterContainer();
    // Whether the container the reader is in has an item left; at the top
    // level, whether there is data left.
    bool hasNext() const { return m_hasItem; }
    // Past the end of the container the reader is in, once it has no item
    // left.
    bool leaveContainer();
    // The current text's UTF-8 bytes (not checked) as a view of the data,
    // then past it. False for a text sent in chunks, which no writer of this
    // project makes (the reader stays at it; next() passes it).
    bool readText(QByteArrayView &text);

private:
    static constexpr quint8 kText = 3;
    static constexpr quint8 kArray = 4;
    static constexpr quint8 kMap = 5;
    static constexpr quint8 kFalse = 0xf4;
    static constexpr quint8 kTrue = 0xf5;
    static constexpr quint8 kNull = 0xf6;
    static constexpr quint8 kBreak = 0xff;

    // A head at `pos`: its major type, argument and size; false when the
    // data ends inside it or it is not well-formed.
    struct Head {
        quint8 initial = 0;
        quint8 major = 0;
        bool indefinite = false;
        quint64 argument = 0;
        qsizetype size = 0;
    };
    bool readHead(qsizetype pos, Head &head) const;
    // A map, array or tag being read: how many items are left in it, or for
    // one that ends with a break byte, how many came (a map's must be even).
    struct OpenContainer {
        bool untilBreak = false;
        bool map = false;
        quint64 items = 0;
    };
    // The container `head` opens, its content at `contentStart`; nothing
    // when the data left cannot hold it.
    std::optional<OpenContainer> open(const Head &head, qsizetype contentStart) const;
    enum class Next { Item, End, Broken };
    // What is at `pos` in `container`: its next item, its end (for one that
    // ends with a break byte, that byte) or something not well-formed.
    Next nextIn(const OpenContainer &container, qsizetype pos) const;
    // One item of `container` read.
    static void count(OpenContainer &container);
    // Past the item whose head is `head` at m_pos, with all it contains.
    bool skipItem(const Head &head);
    // Past the chunks of a text or byte string sent in chunks, from after its
    // head.
    bool skipChunks(quint8 major);
    // The head of the item at m_pos, or no item at a container's end.
    bool settle();
    // One item of the container the reader is in read.
    void consumed();
    bool fail();

    QByteArrayView m_data;
    qsizetype m_pos = 0;
    bool m_valid = true;
    bool m_hasItem = false;
    Head m_head; // of the current item
    QVarLengthArray<OpenContainer, 8> m_open;
};

} // namespace pd::sync
