package com.mockmate.storage;

/** What {@link BlobStore#put} wrote. */
public record StoredBlob(String key, long length, String contentType) {}
