-- Arranjo workspace, schema 16: CNAE section and division names as IBGE writes them. Append-only.
-- The shipped CNAE file (a public repository's copy of CONCLA's table) title-cases its 21 section
-- and 87 division names ("Fabricação De Produtos Alimentícios") and breaks three of them across
-- lines; workspaces made before this schema stored them so. New workspaces get them in sentence
-- case and on one line (cnaeName in shared/demo/reference-data.ts); this brings older ones to the
-- same names (the 101 that differ). Only a name still equal to the file's is changed, and the
-- target sectors of attraction plans, which keep the name they were proposed with, follow it. The
-- file's line breaks are written char(10), so the match does not depend on how this file's own
-- line ends are checked out.
CREATE TEMP TABLE cnae_name_fix (
  scheme   TEXT NOT NULL,
  code     TEXT NOT NULL,
  old_name TEXT NOT NULL,
  new_name TEXT NOT NULL,
  PRIMARY KEY (scheme, code)
);

INSERT INTO cnae_name_fix (scheme, code, old_name, new_name) VALUES
  ('cnae-section', 'A', 'Agricultura, Pecuária, Produção Florestal, Pesca E Aquicultura', 'Agricultura, pecuária, produção florestal, pesca e aquicultura'),
  ('cnae-section', 'B', 'Indústrias Extrativas', 'Indústrias extrativas'),
  ('cnae-section', 'C', 'Indústrias De Transformação', 'Indústrias de transformação'),
  ('cnae-section', 'D', 'Eletricidade E Gás', 'Eletricidade e gás'),
  ('cnae-section', 'E', 'Água, Esgoto, Atividades De Gestão De Resíduos E Descontaminação', 'Água, esgoto, atividades de gestão de resíduos e descontaminação'),
  ('cnae-section', 'G', 'Comércio; Reparação De Veículos Automotores E Motocicletas', 'Comércio; reparação de veículos automotores e motocicletas'),
  ('cnae-section', 'H', 'Transporte, Armazenagem E Correio', 'Transporte, armazenagem e correio'),
  ('cnae-section', 'I', 'Alojamento E Alimentação', 'Alojamento e alimentação'),
  ('cnae-section', 'J', 'Informação E Comunicação', 'Informação e comunicação'),
  ('cnae-section', 'K', 'Atividades Financeiras, De Seguros E Serviços Relacionados', 'Atividades financeiras, de seguros e serviços relacionados'),
  ('cnae-section', 'L', 'Atividades Imobiliárias', 'Atividades imobiliárias'),
  ('cnae-section', 'M', 'Atividades Profissionais, Científicas E Técnicas', 'Atividades profissionais, científicas e técnicas'),
  ('cnae-section', 'N', 'Atividades Administrativas E Serviços Complementares', 'Atividades administrativas e serviços complementares'),
  ('cnae-section', 'O', 'Administração Pública, Defesa E Seguridade Social', 'Administração pública, defesa e seguridade social'),
  ('cnae-section', 'Q', 'Saúde Humana E Serviços Sociais', 'Saúde humana e serviços sociais'),
  ('cnae-section', 'R', 'Artes, Cultura, Esporte E Recreação', 'Artes, cultura, esporte e recreação'),
  ('cnae-section', 'S', 'Outras Atividades De Serviços', 'Outras atividades de serviços'),
  ('cnae-section', 'T', 'Serviços Domésticos', 'Serviços domésticos'),
  ('cnae-section', 'U', 'Organismos Internacionais E Outras Instituições Extraterritoriais', 'Organismos internacionais e outras instituições extraterritoriais'),
  ('cnae-division', '01', 'Agricultura, Pecuária E Serviços Relacionados', 'Agricultura, pecuária e serviços relacionados'),
  ('cnae-division', '02', 'Produção Florestal', 'Produção florestal'),
  ('cnae-division', '03', 'Pesca E Aqüicultura', 'Pesca e aqüicultura'),
  ('cnae-division', '05', 'Extração De Carvão Mineral', 'Extração de carvão mineral'),
  ('cnae-division', '06', 'Extração De Petróleo E Gás Natural', 'Extração de petróleo e gás natural'),
  ('cnae-division', '07', 'Extração De Minerais Metálicos', 'Extração de minerais metálicos'),
  ('cnae-division', '08', 'Extração De Minerais Não Metálicos', 'Extração de minerais não metálicos'),
  ('cnae-division', '09', 'Atividades De Apoio À Extração De Minerais', 'Atividades de apoio à extração de minerais'),
  ('cnae-division', '10', 'Fabricação De Produtos Alimentícios', 'Fabricação de produtos alimentícios'),
  ('cnae-division', '11', 'Fabricação De Bebidas', 'Fabricação de bebidas'),
  ('cnae-division', '12', 'Fabricação De Produtos Do Fumo', 'Fabricação de produtos do fumo'),
  ('cnae-division', '13', 'Fabricação De Produtos Têxteis', 'Fabricação de produtos têxteis'),
  ('cnae-division', '14', 'Confecção De Artigos Do Vestuário E Acessórios', 'Confecção de artigos do vestuário e acessórios'),
  ('cnae-division', '15', 'Preparação De Couros E Fabricação De Artefatos De Couro, Artigos Para Viagem E Calçados', 'Preparação de couros e fabricação de artefatos de couro, artigos para viagem e calçados'),
  ('cnae-division', '16', 'Fabricação De Produtos De Madeira', 'Fabricação de produtos de madeira'),
  ('cnae-division', '17', 'Fabricação De Celulose, Papel E Produtos De Papel', 'Fabricação de celulose, papel e produtos de papel'),
  ('cnae-division', '18', 'Impressão E Reprodução De Gravações', 'Impressão e reprodução de gravações'),
  ('cnae-division', '19', 'Fabricação De Coque, De Produtos Derivados Do Petróleo E De Biocombustíveis', 'Fabricação de coque, de produtos derivados do petróleo e de biocombustíveis'),
  ('cnae-division', '20', 'Fabricação De Produtos Químicos', 'Fabricação de produtos químicos'),
  ('cnae-division', '21', 'Fabricação De Produtos Farmoquímicos E Farmacêuticos', 'Fabricação de produtos farmoquímicos e farmacêuticos'),
  ('cnae-division', '22', 'Fabricação De Produtos De Borracha E De Material Plástico', 'Fabricação de produtos de borracha e de material plástico'),
  ('cnae-division', '23', 'Fabricação De Produtos De Minerais Não Metálicos', 'Fabricação de produtos de minerais não metálicos'),
  ('cnae-division', '25', 'Fabricação De Produtos De Metal, Exceto Máquinas' || char(10) || 'E Equipamentos', 'Fabricação de produtos de metal, exceto máquinas e equipamentos'),
  ('cnae-division', '26', 'Fabricação De Equipamentos De Informática, Produtos Eletrônicos E Ópticos', 'Fabricação de equipamentos de informática, produtos eletrônicos e ópticos'),
  ('cnae-division', '27', 'Fabricação De Máquinas, Aparelhos E Materiais Elétricos', 'Fabricação de máquinas, aparelhos e materiais elétricos'),
  ('cnae-division', '28', 'Fabricação De Máquinas E Equipamentos', 'Fabricação de máquinas e equipamentos'),
  ('cnae-division', '29', 'Fabricação De Veículos Automotores, Reboques E Carrocerias', 'Fabricação de veículos automotores, reboques e carrocerias'),
  ('cnae-division', '30', 'Fabricação De Outros Equipamentos De Transporte, Exceto Veículos Automotores', 'Fabricação de outros equipamentos de transporte, exceto veículos automotores'),
  ('cnae-division', '31', 'Fabricação De Móveis', 'Fabricação de móveis'),
  ('cnae-division', '32', 'Fabricação De Produtos Diversos', 'Fabricação de produtos diversos'),
  ('cnae-division', '33', 'Manutenção, Reparação E Instalação De Máquinas E Equipamentos', 'Manutenção, reparação e instalação de máquinas e equipamentos'),
  ('cnae-division', '35', 'Eletricidade, Gás E Outras Utilidades', 'Eletricidade, gás e outras utilidades'),
  ('cnae-division', '36', 'Captação, Tratamento E Distribuição De Água', 'Captação, tratamento e distribuição de água'),
  ('cnae-division', '37', 'Esgoto E Atividades Relacionadas', 'Esgoto e atividades relacionadas'),
  ('cnae-division', '38', 'Coleta, Tratamento E Disposição De Resíduos; Recuperação De Materiais', 'Coleta, tratamento e disposição de resíduos; recuperação de materiais'),
  ('cnae-division', '39', 'Descontaminação E Outros Serviços De Gestão De Resíduos', 'Descontaminação e outros serviços de gestão de resíduos'),
  ('cnae-division', '41', 'Construção De Edifícios', 'Construção de edifícios'),
  ('cnae-division', '42', 'Obras De Infraestrutura', 'Obras de infraestrutura'),
  ('cnae-division', '43', 'Serviços Especializados Para Construção', 'Serviços especializados para construção'),
  ('cnae-division', '45', 'Comércio E Reparação De Veículos Automotores E Motocicletas', 'Comércio e reparação de veículos automotores e motocicletas'),
  ('cnae-division', '46', 'Comércio Por Atacado, Exceto Veículos Automotores E Motocicletas', 'Comércio por atacado, exceto veículos automotores e motocicletas'),
  ('cnae-division', '47', 'Comércio Varejista', 'Comércio varejista'),
  ('cnae-division', '49', 'Transporte Terrestre', 'Transporte terrestre'),
  ('cnae-division', '50', 'Transporte Aquaviário', 'Transporte aquaviário'),
  ('cnae-division', '51', 'Transporte Aéreo', 'Transporte aéreo'),
  ('cnae-division', '52', 'Armazenamento E Atividades Auxiliares Dos Transportes', 'Armazenamento e atividades auxiliares dos transportes'),
  ('cnae-division', '53', 'Correio E Outras Atividades De Entrega', 'Correio e outras atividades de entrega'),
  ('cnae-division', '58', 'Edição E Edição Integrada À Impressão', 'Edição e edição integrada à impressão'),
  ('cnae-division', '59', 'Atividades Cinematográficas, Produção De Vídeos E De Programas De Televisão; Gravação De Som E Edição De Música', 'Atividades cinematográficas, produção de vídeos e de programas de televisão; gravação de som e edição de música'),
  ('cnae-division', '60', 'Atividades De Rádio E De Televisão', 'Atividades de rádio e de televisão'),
  ('cnae-division', '62', 'Atividades Dos Serviços De Tecnologia Da Informação', 'Atividades dos serviços de tecnologia da informação'),
  ('cnae-division', '63', 'Atividades De Prestação De Serviços De Informação', 'Atividades de prestação de serviços de informação'),
  ('cnae-division', '64', 'Atividades De Serviços Financeiros', 'Atividades de serviços financeiros'),
  ('cnae-division', '65', 'Seguros, Resseguros, Previdência Complementar E Planos De Saúde', 'Seguros, resseguros, previdência complementar e planos de saúde'),
  ('cnae-division', '66', 'Atividades Auxiliares Dos Serviços Financeiros, Seguros, Previdência Complementar E Planos De Saúde', 'Atividades auxiliares dos serviços financeiros, seguros, previdência complementar e planos de saúde'),
  ('cnae-division', '68', 'Atividades Imobiliárias', 'Atividades imobiliárias'),
  ('cnae-division', '69', 'Atividades Jurídicas, De Contabilidade E De Auditoria', 'Atividades jurídicas, de contabilidade e de auditoria'),
  ('cnae-division', '70', 'Atividades De Sedes De Empresas E De Consultoria Em Gestão Empresarial', 'Atividades de sedes de empresas e de consultoria em gestão empresarial'),
  ('cnae-division', '71', 'Serviços De Arquitetura E Engenharia; Testes E Análises Técnicas', 'Serviços de arquitetura e engenharia; testes e análises técnicas'),
  ('cnae-division', '72', 'Pesquisa E Desenvolvimento Científico', 'Pesquisa e desenvolvimento científico'),
  ('cnae-division', '73', 'Publicidade E Pesquisa De Mercado', 'Publicidade e pesquisa de mercado'),
  ('cnae-division', '74', 'Outras Atividades Profissionais, Científicas E Técnicas', 'Outras atividades profissionais, científicas e técnicas'),
  ('cnae-division', '75', 'Atividades Veterinárias', 'Atividades veterinárias'),
  ('cnae-division', '77', 'Aluguéis Não Imobiliários E Gestão De Ativos Intangíveis Não Financeiros', 'Aluguéis não imobiliários e gestão de ativos intangíveis não financeiros'),
  ('cnae-division', '78', 'Seleção, Agenciamento E Locação De Mão De Obra', 'Seleção, agenciamento e locação de mão de obra'),
  ('cnae-division', '79', 'Agências De Viagens, Operadores Turísticos E Serviços De Reservas', 'Agências de viagens, operadores turísticos e serviços de reservas'),
  ('cnae-division', '80', 'Atividades De Vigilância, Segurança E Investigação', 'Atividades de vigilância, segurança e investigação'),
  ('cnae-division', '81', 'Serviços Para Edifícios E Atividades Paisagísticas', 'Serviços para edifícios e atividades paisagísticas'),
  ('cnae-division', '82', 'Serviços De Escritório, De Apoio Administrativo E Outros Serviços Prestados Principalmente Às' || char(10) || 'Empresas', 'Serviços de escritório, de apoio administrativo e outros serviços prestados principalmente às empresas'),
  ('cnae-division', '84', 'Administração Pública, Defesa E Seguridade Social', 'Administração pública, defesa e seguridade social'),
  ('cnae-division', '86', 'Atividades De Atenção À Saúde Humana', 'Atividades de atenção à saúde humana'),
  ('cnae-division', '87', 'Atividades De Atenção À Saúde Humana Integradas Com Assistência Social, Prestadas Em Residências Coletivas E Particulares', 'Atividades de atenção à saúde humana integradas com assistência social, prestadas em residências coletivas e particulares'),
  ('cnae-division', '88', 'Serviços De Assistência Social Sem Alojamento', 'Serviços de assistência social sem alojamento'),
  ('cnae-division', '90', 'Atividades Artísticas, Criativas E De Espetáculos', 'Atividades artísticas, criativas e de espetáculos'),
  ('cnae-division', '91', 'Atividades Ligadas Ao Patrimônio Cultural E Ambiental', 'Atividades ligadas ao patrimônio cultural e ambiental'),
  ('cnae-division', '92', 'Atividades De Exploração De Jogos De Azar E' || char(10) || 'Apostas', 'Atividades de exploração de jogos de azar e apostas'),
  ('cnae-division', '93', 'Atividades Esportivas E De Recreação E Lazer', 'Atividades esportivas e de recreação e lazer'),
  ('cnae-division', '94', 'Atividades De Organizações Associativas', 'Atividades de organizações associativas'),
  ('cnae-division', '95', 'Reparação E Manutenção De Equipamentos De Informática E Comunicação E De Objetos Pessoais E Domésticos', 'Reparação e manutenção de equipamentos de informática e comunicação e de objetos pessoais e domésticos'),
  ('cnae-division', '96', 'Outras Atividades De Serviços Pessoais', 'Outras atividades de serviços pessoais'),
  ('cnae-division', '97', 'Serviços Domésticos', 'Serviços domésticos'),
  ('cnae-division', '99', 'Organismos Internacionais E Outras Instituições Extraterritoriais', 'Organismos internacionais e outras instituições extraterritoriais');

UPDATE classification
   SET name = (SELECT f.new_name FROM cnae_name_fix f
                WHERE f.scheme = classification.scheme AND f.code = classification.code)
 WHERE EXISTS (SELECT 1 FROM cnae_name_fix f
                WHERE f.scheme = classification.scheme AND f.code = classification.code
                  AND f.old_name = classification.name);

UPDATE attraction_target_sector
   SET sector_name = (SELECT f.new_name FROM cnae_name_fix f
                       WHERE f.scheme = attraction_target_sector.classification
                         AND f.code = attraction_target_sector.sector_code)
 WHERE EXISTS (SELECT 1 FROM cnae_name_fix f
                WHERE f.scheme = attraction_target_sector.classification
                  AND f.code = attraction_target_sector.sector_code
                  AND f.old_name = attraction_target_sector.sector_name);

DROP TABLE cnae_name_fix;
