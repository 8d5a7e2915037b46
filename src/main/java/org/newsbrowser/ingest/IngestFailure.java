package org.newsbrowser.ingest;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** A corpus file that could not be ingested, and why; kept so the status page can say so after a restart. */
@Entity
@Table(name = "ingest_failure")
public class IngestFailure {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, unique = true, length = 1024)
    private String source;

    @Column(name = "content_hash", length = 64)
    private String contentHash;

    @Column(nullable = false, length = 1000)
    private String reason;

    @Column(name = "failed_at", nullable = false)
    private Instant failedAt;

    protected IngestFailure() {
    }

    public IngestFailure(String source) {
        this.source = source;
    }

    void record(String contentHash, String reason, Instant failedAt) {
        this.contentHash = contentHash;
        this.reason = reason.length() > 1000 ? reason.substring(0, 999) + "…" : reason;
        this.failedAt = failedAt;
    }

    public String getSource() {
        return source;
    }

    public String getContentHash() {
        return contentHash;
    }

    public String getReason() {
        return reason;
    }

    public Instant getFailedAt() {
        return failedAt;
    }
}
