package org.fond.enrich.imports;

import javax.xml.stream.XMLInputFactory;

/** StAX readers that refuse DTDs and external entities: imported XML is data, never instructions to fetch. */
final class SafeXml {
    private SafeXml() {
    }

    static XMLInputFactory factory() {
        XMLInputFactory f = XMLInputFactory.newFactory();
        f.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        f.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        f.setProperty(XMLInputFactory.IS_COALESCING, true);
        return f;
    }
}
