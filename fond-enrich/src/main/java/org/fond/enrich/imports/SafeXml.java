package org.fond.enrich.imports;

import javax.xml.stream.XMLInputFactory;

/** StAX readers that refuse DTDs and external entities: imported XML is data, never instructions to fetch. */
final class SafeXml {
    private SafeXml() {
    }

    // looking a factory up is slow (a service-loader search); one configured factory serves every reader
    private static final XMLInputFactory FACTORY = create();

    static XMLInputFactory factory() {
        return FACTORY;
    }

    private static XMLInputFactory create() {
        XMLInputFactory f = XMLInputFactory.newFactory();
        f.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        f.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        f.setProperty(XMLInputFactory.IS_COALESCING, true);
        return f;
    }
}
