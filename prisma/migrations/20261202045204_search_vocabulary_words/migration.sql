-- Numbers (sizes, counts, codes) are matched as typed and never corrected, so they are not
-- vocabulary: at 100,000 products they were nine keys in ten, and every typo lookup read them.
DELETE FROM search_term WHERE key GLOB '*[0-9]*';
