#include <libxml/xmlversion.h>
/// Debian builds libxml2 with ICU; its <unicode/ucnv.h> clashes with Foundation's own ICU in
/// any Swift file that imports both. We never touch the ICU converter fields, so hide them.
#undef LIBXML_ICU_ENABLED
#include <libxml/parser.h>
#include <libxml/tree.h>
#include <libxml/xmlreader.h>
#include <libxml/xmlwriter.h>
#include <libxml/xmlsave.h>

/// Swift 6 cannot read the mutable global `xmlFree`; call it through this wrapper.
static inline void cxml_free(void *p) { xmlFree(p); }
