-- SQLite only. SQLite has one writer at a time, so an append can take its sequence number from the
-- head in the same statement that inserts it; this trigger keeps the head current. One statement
-- per append instead of two. (PostgreSQL keeps the two-statement append: its head row lock is what
-- orders concurrent appends.)
CREATE TRIGGER stream_records_advance_head AFTER INSERT ON stream_records
BEGIN
    INSERT INTO stream_heads (stream, head) VALUES (NEW.stream, NEW.seq)
    ON CONFLICT (stream) DO UPDATE SET head = NEW.seq;
END;
