#include <libxml/parser.h>
#include <libxml/tree.h>
#include <libxml/xmlreader.h>
#include <libxml/xmlwriter.h>
#include <libxml/xmlsave.h>

/// Swift 6 cannot read the mutable global `xmlFree`; call it through this wrapper.
static inline void cxml_free(void *p) { xmlFree(p); }
