#include "catalog.h"

namespace pd::sync {

namespace {

ColumnSpec text(const char *name, bool nullable = false)
{
    return {QString::fromLatin1(name), ColumnType::Text, nullable};
}

ColumnSpec integer(const char *name)
{
    return {QString::fromLatin1(name), ColumnType::Integer, false};
}

QList<TableSpec> version1()
{
    // Kept in step with resources/sql by tst_sync_protocol, which compares
    // every table here with a device database's PRAGMA table_info.
    return {
        {QStringLiteral("audit_log"),
         true,
         {integer("at_ms"), text("user_id", true), text("username", true), text("action"),
          text("entity_type"), text("entity_id"), text("detail")},
         {},
         {}},
        {QStringLiteral("person"),
         false,
         {text("id_kind"), text("id_number"), text("full_name"), text("folded_name"),
          text("birth_date"), integer("birth_year"), text("sex"), text("phone"),
          text("nationality"), text("commune_code"), text("street"), integer("created_at_ms"),
          text("created_by"), integer("updated_at_ms"), text("updated_by")},
         QStringLiteral("id_number"),
         {}},
        {QStringLiteral("person_merge"),
         true,
         {text("merged_id"), text("kept_id"), text("merged_by"), integer("merged_at_ms")},
         {},
         {}},
        {QStringLiteral("pd_trusted_key"),
         false,
         {text("key_id"), text("public_key"), text("label"), integer("signs_person"),
          integer("signs_venue"), integer("added_at_ms")},
         {},
         {}},
        {QStringLiteral("checkin"),
         true,
         {integer("at_ms"), text("direction"), text("location_unit_code"), text("location_name"),
          text("code_kind"), text("verdict"), text("reason_code"), text("id_number"),
          text("full_name"), text("folded_name"), text("birth_date"), text("phone"),
          text("operator_id"), text("closes_id"), integer("automatic")},
         {},
         QStringLiteral("at_ms")},
        {QStringLiteral("declaration"),
         true,
         {text("kind"),           text("supersedes_id"),
          text("person_id"),      integer("on_behalf"),
          text("on_behalf_name"), text("id_kind"),
          text("id_number"),      text("full_name"),
          text("folded_name"),    text("birth_date"),
          integer("birth_year"),  text("sex"),
          text("nationality"),    text("province_code"),
          text("district_code"),  text("commune_code"),
          text("street"),         text("phone"),
          text("email"),          integer("visited_places"),
          text("places_text"),    integer("symptoms"),
          text("symptoms_text"),  integer("exposures"),
          integer("attention"),   integer("vaccine_doses"),
          text("last_dose_date"), text("travel_from"),
          text("travel_means"),   text("vehicle_number"),
          text("travel_date"),    integer("declared_at_ms"),
          text("declared_by")},
         {},
         {}},
        {QString::fromLatin1(conflict::table),
         false,
         {text("kind"), text("table_name"), text("first_id"), text("second_id"),
          integer("detected_at_ms"), text("status"), text("resolution"), text("kept_id"),
          text("resolved_by"), integer("resolved_at_ms"), text("note")},
         {},
         {}},
    };
}

} // namespace

const ColumnSpec *TableSpec::column(QStringView columnName) const
{
    for (const ColumnSpec &column : columns) {
        if (column.name == columnName)
            return &column;
    }
    return nullptr;
}

const Catalog &Catalog::v1()
{
    static const Catalog catalog(version1());
    return catalog;
}

const TableSpec *Catalog::table(QStringView name) const
{
    for (const TableSpec &table : m_tables) {
        if (table.name == name)
            return &table;
    }
    return nullptr;
}

} // namespace pd::sync
