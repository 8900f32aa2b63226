package com.mockmate.language;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Spellings, abbreviations and paraphrases that mean the same thing in the seeded topics (Java, SQL and databases,
 * system design, behavioural). Each phrase is rewritten to one canonical phrase in both the key point and the answer before stemming,
 * so "hash code" meets "hashCode" and "LB" meets "load balancer". Phrases are lower-case, tokenized as the analyzer
 * tokenizes ("b-tree" is "b tree"), in American spelling (British spellings are folded before this table).
 */
final class Synonyms {

    /** One "phrase = canonical phrase" per line. */
    private static final String TABLE = """
            hash map = hashmap
            hash maps = hashmap
            hash code = hashcode
            hash codes = hashcode
            hash set = hashset
            db = database
            dbs = database
            rdbms = database
            lb = load balancer
            lbs = load balancer
            load balancing = load balancer
            mutex = lock
            mutexes = lock
            mutual exclusion = lock
            unmodifiable = immutable
            thread safe = synchronized
            caching = cache
            convince = persuade
            convinces = persuade
            convincing = persuade
            convinced = persuade
            cached = cache
            indexes = index
            indices = index
            txn = transaction
            txns = transaction
            tx = transaction
            garbage collection = gc
            garbage collector = gc
            garbage collectors = gc
            constant time = bigo1
            logarithmic time = bigologn
            cas = compare and swap
            compare and set = compare and swap
            time to live = ttl
            expiry = ttl
            expiration = ttl
            expire = ttl
            expires = ttl
            expired = ttl
            least recently used = lru
            heartbeat = health check
            heartbeats = health check
            l4 = layer 4
            transport layer = layer 4
            l7 = layer 7
            application layer = layer 7
            session affinity = sticky session
            too many requests = 429
            base 62 = base62
            permanent redirect = 301
            temporary redirect = 302
            kv = key value
            dlq = dead letter queue
            back off = backoff
            multi version concurrency control = mvcc
            multiversion concurrency control = mvcc
            pessimistic locking = select for update
            pessimistic lock = select for update
            b tree = btree
            seq scan = sequential scan
            full scan = full table scan
            first normal form = 1nf
            second normal form = 2nf
            third normal form = 3nf
            lazily = lazy
            data race = race condition
            young gen = young generation
            eden = young generation
            old gen = old generation
            tenured = old generation
            permgen = metaspace
            left outer join = left join
            full join = full outer join
            pk = primary key
            fk = foreign key
            identifier = id
            descope = cut scope
            descoped = cut scope
            in private = privately
            one on one = privately
            1 1 = privately
            point of view = perspective
            viewpoint = perspective
            his side = perspective
            her side = perspective
            their side = perspective
            same day = promptly
            right away = promptly
            immediately = promptly
            straight away = promptly
            as a result = outcome
            in the end = outcome
            result = outcome
            results = outcome
            context = situation
            background = situation
            what happened = observable behavior
            specific behavior = observable behavior
            took responsibility = ownership
            my fault = ownership
            accountability = ownership
            underlying cause = root cause
            five whys = root cause
            5 whys = root cause
            lessons learned = lesson
            learned = lesson
            learnt = lesson
            in hindsight = reflection
            looking back = reflection
            next time = differently
            proof of concept = prototype
            poc = prototype
            concerns = objections
            pushback = objections
            push back = objections
            postponed = deferred
            k8s = kubernetes
            """;

    static final int LONGEST_PHRASE = 4;

    private static final Map<List<String>, List<String>> CANONICAL = new HashMap<>();

    static {
        TABLE.lines()
                .map(line -> line.split(" = "))
                .forEach(sides -> CANONICAL.put(
                        List.of(sides[0].strip().split(" ")),
                        List.of(sides[1].strip().split(" "))));
    }

    private Synonyms() {}

    /** Rewrites the longest matching phrase at each position, left to right. */
    static List<String> canonicalize(List<String> tokens) {
        var out = new ArrayList<String>(tokens.size());
        int i = 0;
        while (i < tokens.size()) {
            int matched = 0;
            for (int length = Math.min(LONGEST_PHRASE, tokens.size() - i); length > 0 && matched == 0; length--) {
                var replacement = CANONICAL.get(tokens.subList(i, i + length));
                if (replacement != null) {
                    out.addAll(replacement);
                    matched = length;
                }
            }
            if (matched == 0) {
                out.add(tokens.get(i));
                matched = 1;
            }
            i += matched;
        }
        return out;
    }
}
