"""Operations on the database: named functions taking a Session. No Qt here."""
