BEGIN TRANSACTION;
CREATE TABLE alembic_version (
	version_num VARCHAR(32) NOT NULL, 
	CONSTRAINT alembic_version_pkc PRIMARY KEY (version_num)
);
INSERT INTO "alembic_version" VALUES('0001');
CREATE TABLE audit_head (
	id INTEGER NOT NULL, 
	last_hash VARCHAR(64) NOT NULL, 
	PRIMARY KEY (id)
);
INSERT INTO "audit_head" VALUES(1,'8bf676877a6f5312a2e3f636a893e26b5bac43e8d957e1af2f59825303808ba7');
CREATE TABLE audit_log (
	id INTEGER NOT NULL, 
	at DATETIME NOT NULL, 
	actor VARCHAR(64) NOT NULL, 
	os_user VARCHAR(64) NOT NULL, 
	item_type VARCHAR(16) NOT NULL, 
	item_id INTEGER NOT NULL, 
	action VARCHAR(16) NOT NULL, 
	outcome VARCHAR(8) NOT NULL, 
	from_state VARCHAR(16) NOT NULL, 
	to_state VARCHAR(16) NOT NULL, 
	detail TEXT NOT NULL, 
	prev_hash VARCHAR(64) NOT NULL, 
	hash VARCHAR(64) NOT NULL, 
	PRIMARY KEY (id)
);
INSERT INTO "audit_log" VALUES(1,'2026-05-05 10:43:45.000000','admin','seed','company',1,'send','done','not_sent','pending','','0000000000000000000000000000000000000000000000000000000000000000','28c1611997ca11bccac038662f54599d2ca2b7e54cc4236f504f5b0ffab6e746');
INSERT INTO "audit_log" VALUES(2,'2026-05-06 10:43:46.000000','approver','seed','company',1,'accept','done','pending','synced','','28c1611997ca11bccac038662f54599d2ca2b7e54cc4236f504f5b0ffab6e746','9ded2a42d78cdb66bcc25ec5326d94cfbaa2cd396067bb15d7e9c353d8ce0510');
INSERT INTO "audit_log" VALUES(3,'2026-05-07 10:44:45.000000','admin','seed','company',2,'send','done','not_sent','pending','','9ded2a42d78cdb66bcc25ec5326d94cfbaa2cd396067bb15d7e9c353d8ce0510','ade1e2e8e7f538ee8f063bbbb9c43a95023715f23cc42b94110d3981da6b8dd2');
INSERT INTO "audit_log" VALUES(4,'2026-05-08 10:44:46.000000','approver','seed','company',2,'accept','done','pending','synced','','ade1e2e8e7f538ee8f063bbbb9c43a95023715f23cc42b94110d3981da6b8dd2','0fa801ffca70a6cd7d9faeffb663dad3f395452f15409f2fd389621efc899a11');
INSERT INTO "audit_log" VALUES(5,'2026-05-08 10:45:45.000000','admin','seed','company',3,'send','done','not_sent','pending','','0fa801ffca70a6cd7d9faeffb663dad3f395452f15409f2fd389621efc899a11','82d81ad82691b75f6e769d25a19c5faf84fc2e7d6c2dd8d1f2b6b6107e96227d');
INSERT INTO "audit_log" VALUES(6,'2026-05-09 10:45:46.000000','approver','seed','company',3,'accept','done','pending','synced','','82d81ad82691b75f6e769d25a19c5faf84fc2e7d6c2dd8d1f2b6b6107e96227d','e7d5b20099a74728d5acd3bc6af7ce30d73fd8a1708826dcda0ecb5a409827d9');
INSERT INTO "audit_log" VALUES(7,'2026-05-09 10:46:45.000000','admin','seed','company',4,'send','done','not_sent','pending','','e7d5b20099a74728d5acd3bc6af7ce30d73fd8a1708826dcda0ecb5a409827d9','89b3eeefe266ca368cd7f19e4c1e506deafae762db3afa079e7e106cea338305');
INSERT INTO "audit_log" VALUES(8,'2026-05-10 10:46:46.000000','approver','seed','company',4,'accept','done','pending','synced','','89b3eeefe266ca368cd7f19e4c1e506deafae762db3afa079e7e106cea338305','900e2a2fec3a884633d0cc09628df9926cb0c55e1f7228ebee3e8fbc5d0eda18');
INSERT INTO "audit_log" VALUES(9,'2026-05-10 10:47:45.000000','admin','seed','company',5,'send','done','not_sent','pending','','900e2a2fec3a884633d0cc09628df9926cb0c55e1f7228ebee3e8fbc5d0eda18','d2fe68a000debf68ed2eaae2cdbcaeacd655e25aacaa1390711e50a88ad50a5e');
INSERT INTO "audit_log" VALUES(10,'2026-05-11 10:47:46.000000','approver','seed','company',5,'accept','done','pending','synced','','d2fe68a000debf68ed2eaae2cdbcaeacd655e25aacaa1390711e50a88ad50a5e','df981510c2e569fd8536adf8ec2a2181511ce3a0acaa64fb250dd602335b4d36');
INSERT INTO "audit_log" VALUES(11,'2026-05-11 10:48:45.000000','admin','seed','company',6,'send','done','not_sent','pending','','df981510c2e569fd8536adf8ec2a2181511ce3a0acaa64fb250dd602335b4d36','8fa6313b16f181cf715f42279ddb4a592682b2208d8d221776e7fdcfe618428e');
INSERT INTO "audit_log" VALUES(12,'2026-05-12 10:48:46.000000','approver','seed','company',6,'accept','done','pending','synced','','8fa6313b16f181cf715f42279ddb4a592682b2208d8d221776e7fdcfe618428e','2825a8a429a2dd162d9edd2c6f0d25660d522627ff0bdce1f4b657f33bb1467b');
INSERT INTO "audit_log" VALUES(13,'2026-05-12 10:49:45.000000','admin','seed','company',7,'send','done','not_sent','pending','','2825a8a429a2dd162d9edd2c6f0d25660d522627ff0bdce1f4b657f33bb1467b','25df22f4c5da99ab06de0e77cdacaa1b1b638decfccbb45075d3a561087dcf35');
INSERT INTO "audit_log" VALUES(14,'2026-05-13 10:49:46.000000','approver','seed','company',7,'accept','done','pending','synced','','25df22f4c5da99ab06de0e77cdacaa1b1b638decfccbb45075d3a561087dcf35','d5d772f3e343f0b4ad71c20956de46250ab23cede71dd1af8502504e9faf684d');
INSERT INTO "audit_log" VALUES(15,'2026-05-13 10:50:45.000000','admin','seed','company',8,'send','done','not_sent','pending','','d5d772f3e343f0b4ad71c20956de46250ab23cede71dd1af8502504e9faf684d','0df64105f567a7f08b700db3ee75163266c7279a5e91a44ea617c8e0c635ff0c');
INSERT INTO "audit_log" VALUES(16,'2026-05-14 10:50:46.000000','approver','seed','company',8,'accept','done','pending','synced','','0df64105f567a7f08b700db3ee75163266c7279a5e91a44ea617c8e0c635ff0c','6e7e74913fe20f4140e53d8fc4cb4e046106c8e02007d36b9f2c78bd6f892b19');
INSERT INTO "audit_log" VALUES(17,'2026-05-14 10:51:45.000000','admin','seed','company',9,'send','done','not_sent','pending','','6e7e74913fe20f4140e53d8fc4cb4e046106c8e02007d36b9f2c78bd6f892b19','533010503a9b8fe4169fcc7e019e4e4a70761b68474ea461ba7d28f866d11daa');
INSERT INTO "audit_log" VALUES(18,'2026-05-15 10:51:46.000000','approver','seed','company',9,'accept','done','pending','synced','','533010503a9b8fe4169fcc7e019e4e4a70761b68474ea461ba7d28f866d11daa','9aaff39b07fb50b95aa184e77ef68f5836ed5d44ac42dd4b608a4774012eaeac');
INSERT INTO "audit_log" VALUES(19,'2026-05-15 10:52:45.000000','admin','seed','company',10,'send','done','not_sent','pending','','9aaff39b07fb50b95aa184e77ef68f5836ed5d44ac42dd4b608a4774012eaeac','d332622b078ffb10a02ffaae7f7f2736def5d657175850b0c58f49df249239e2');
INSERT INTO "audit_log" VALUES(20,'2026-05-16 10:52:46.000000','approver','seed','company',10,'accept','done','pending','synced','','d332622b078ffb10a02ffaae7f7f2736def5d657175850b0c58f49df249239e2','5931a003c737fc8d28bd2d271c90b378752d8778e38af47fbecd623fa20f62ee');
INSERT INTO "audit_log" VALUES(21,'2026-06-24 10:53:45.000000','admin','seed','company',11,'send','done','not_sent','pending','','5931a003c737fc8d28bd2d271c90b378752d8778e38af47fbecd623fa20f62ee','a2bdc4e8b1bc0048f2856184fd5760a006197b5048df19224fd1ac96921789e0');
INSERT INTO "audit_log" VALUES(22,'2026-06-25 10:53:46.000000','approver','seed','company',11,'accept','done','pending','synced','','a2bdc4e8b1bc0048f2856184fd5760a006197b5048df19224fd1ac96921789e0','3ef2c2ed12054fbca8fc50ae299e704c74ab10785fdb2e81062e4b2c7a4abdfe');
INSERT INTO "audit_log" VALUES(23,'2026-07-24 10:43:45.000000','admin','seed','commitment',1,'send','done','not_sent','pending','','3ef2c2ed12054fbca8fc50ae299e704c74ab10785fdb2e81062e4b2c7a4abdfe','dc04c54fc0cc6d70ca208a8540291fb9164ba45948c32756d4fb22027518bb4b');
INSERT INTO "audit_log" VALUES(24,'2026-07-25 10:43:46.000000','approver','seed','commitment',1,'accept','done','pending','synced','','dc04c54fc0cc6d70ca208a8540291fb9164ba45948c32756d4fb22027518bb4b','fa7a4ac8f9f25ea00420db459f715419322fb0603e946c755b94ed467d6d383e');
INSERT INTO "audit_log" VALUES(25,'2026-07-26 10:44:45.000000','admin','seed','commitment',2,'send','done','not_sent','pending','','fa7a4ac8f9f25ea00420db459f715419322fb0603e946c755b94ed467d6d383e','2f05138c33be9294945d27dc3253b244daf7cef2e056cd73518ef593caf88243');
INSERT INTO "audit_log" VALUES(26,'2026-07-27 10:44:46.000000','approver','seed','commitment',2,'accept','done','pending','synced','','2f05138c33be9294945d27dc3253b244daf7cef2e056cd73518ef593caf88243','435d0a4222e091fa5958301581c6d8c1041e34f4022fc39eb768bc10079ad136');
INSERT INTO "audit_log" VALUES(27,'2026-07-27 10:45:45.000000','admin','seed','commitment',3,'send','done','not_sent','pending','','435d0a4222e091fa5958301581c6d8c1041e34f4022fc39eb768bc10079ad136','06062a42603d77c826e292b9cd220fa00c8c7d42b72c50f778bdd019d37858a2');
INSERT INTO "audit_log" VALUES(28,'2026-07-28 10:45:46.000000','approver','seed','commitment',3,'accept','done','pending','synced','','06062a42603d77c826e292b9cd220fa00c8c7d42b72c50f778bdd019d37858a2','fb6644a438dfcba924a8e1ca3a7425c9272bee7eeb05c12916befed60baab64b');
INSERT INTO "audit_log" VALUES(29,'2026-07-28 10:46:45.000000','admin','seed','commitment',4,'send','done','not_sent','pending','','fb6644a438dfcba924a8e1ca3a7425c9272bee7eeb05c12916befed60baab64b','9edf8905707f4f6d9432e65b56f145711a40ee53fce243ba1a3e29dd60b28c4a');
INSERT INTO "audit_log" VALUES(30,'2026-07-29 10:46:46.000000','approver','seed','commitment',4,'accept','done','pending','synced','','9edf8905707f4f6d9432e65b56f145711a40ee53fce243ba1a3e29dd60b28c4a','455e44e75b84253ee104ca60f5cf93059d2b3418a8e5c1b39a6841d3c2db57f1');
INSERT INTO "audit_log" VALUES(31,'2026-08-03 10:50:45.000000','admin','seed','commitment',8,'send','done','not_sent','pending','','455e44e75b84253ee104ca60f5cf93059d2b3418a8e5c1b39a6841d3c2db57f1','b663f9a758d6d969b3f7c3290241eb5260b0d042368a42e93bc43a354da2d4e3');
INSERT INTO "audit_log" VALUES(32,'2026-08-04 10:50:46.000000','approver','seed','commitment',8,'accept','done','pending','synced','','b663f9a758d6d969b3f7c3290241eb5260b0d042368a42e93bc43a354da2d4e3','837fc6529bebc5239dfdf2fa4e02b1bf5b89c519b41cac991cc296119f735a1e');
INSERT INTO "audit_log" VALUES(33,'2026-08-04 10:51:45.000000','admin','seed','commitment',9,'send','done','not_sent','pending','','837fc6529bebc5239dfdf2fa4e02b1bf5b89c519b41cac991cc296119f735a1e','32308fe0b95c9e67dd82a78329197088e42b4d515a316c97372ef0b3c40484e1');
INSERT INTO "audit_log" VALUES(34,'2026-08-05 10:51:46.000000','approver','seed','commitment',9,'accept','done','pending','synced','','32308fe0b95c9e67dd82a78329197088e42b4d515a316c97372ef0b3c40484e1','2f1bc545fd156161eb1c4ce3440fcc917d50ac5da4a61f19008bfd9a3facfef6');
INSERT INTO "audit_log" VALUES(35,'2026-08-13 10:57:45.000000','admin','seed','commitment',15,'send','done','not_sent','pending','','2f1bc545fd156161eb1c4ce3440fcc917d50ac5da4a61f19008bfd9a3facfef6','39552f0b828fd729155b38f99aa8164a7b58698830b68fdca651375fc4b4a059');
INSERT INTO "audit_log" VALUES(36,'2026-08-14 10:57:46.000000','approver','seed','commitment',15,'accept','done','pending','synced','','39552f0b828fd729155b38f99aa8164a7b58698830b68fdca651375fc4b4a059','b447742701ea97010fb099b8eb96c5ab4c17a522c745a329a007850b45ae7916');
INSERT INTO "audit_log" VALUES(37,'2026-08-14 10:58:45.000000','admin','seed','commitment',16,'send','done','not_sent','pending','','b447742701ea97010fb099b8eb96c5ab4c17a522c745a329a007850b45ae7916','5947911838f16ecce5837bebee79339b45c79bc38d3825cff69081d60e54420c');
INSERT INTO "audit_log" VALUES(38,'2026-08-15 10:58:46.000000','approver','seed','commitment',16,'accept','done','pending','synced','','5947911838f16ecce5837bebee79339b45c79bc38d3825cff69081d60e54420c','fd5ae42b14d4d2ea80f8f054e272a5c2ad28d62ee524a9fb6c0ec93892f4b907');
INSERT INTO "audit_log" VALUES(39,'2026-08-15 10:59:45.000000','admin','seed','commitment',17,'send','done','not_sent','pending','','fd5ae42b14d4d2ea80f8f054e272a5c2ad28d62ee524a9fb6c0ec93892f4b907','d2f37498f5fb7c4334590e1df0f43df8ecaac4406d842d20eb2c4dc483c08401');
INSERT INTO "audit_log" VALUES(40,'2026-08-16 10:59:46.000000','approver','seed','commitment',17,'accept','done','pending','synced','','d2f37498f5fb7c4334590e1df0f43df8ecaac4406d842d20eb2c4dc483c08401','ccde94c5799cd05eb79b05ce6b9c37af751bb5ad904b7c08f2d0d6446123990a');
INSERT INTO "audit_log" VALUES(41,'2026-09-22 10:43:45.000000','admin','seed','invoice',1,'send','done','not_sent','pending','','ccde94c5799cd05eb79b05ce6b9c37af751bb5ad904b7c08f2d0d6446123990a','f58369bc40861231a6286ef1cbe894a113a6aa7b271fd4338a09a272286e46a7');
INSERT INTO "audit_log" VALUES(42,'2026-09-23 10:43:46.000000','approver','seed','invoice',1,'accept','done','pending','synced','','f58369bc40861231a6286ef1cbe894a113a6aa7b271fd4338a09a272286e46a7','06342e89e059505ed3a55bffdc9cf675b479e04484c496e8c1770f54d9ae08c7');
INSERT INTO "audit_log" VALUES(43,'2026-10-02 10:45:45.000000','admin','seed','invoice',3,'send','done','not_sent','pending','','06342e89e059505ed3a55bffdc9cf675b479e04484c496e8c1770f54d9ae08c7','f50f89da881afe862f559ecbf7123ad154ee176507c006a8b1071d34cfe2ce5e');
INSERT INTO "audit_log" VALUES(44,'2026-10-03 10:45:46.000000','approver','seed','invoice',3,'accept','done','pending','synced','','f50f89da881afe862f559ecbf7123ad154ee176507c006a8b1071d34cfe2ce5e','0a5c0ad9baff8af70f044b54788da326be80d72cef895353b6057a933602f9dc');
INSERT INTO "audit_log" VALUES(45,'2026-10-07 10:44:45.000000','admin','seed','invoice',2,'send','done','not_sent','pending','','0a5c0ad9baff8af70f044b54788da326be80d72cef895353b6057a933602f9dc','80890d3590e2a3510ec9d96add0bb774f7f14ddb71534a6ef9fb9d561c6c1673');
INSERT INTO "audit_log" VALUES(46,'2026-10-08 10:44:46.000000','approver','seed','invoice',2,'accept','done','pending','synced','','80890d3590e2a3510ec9d96add0bb774f7f14ddb71534a6ef9fb9d561c6c1673','fff91ee4918581ecd4dae4d54c0ce221a95311c57dad141d5adf188dfe094bac');
INSERT INTO "audit_log" VALUES(47,'2026-10-12 10:46:45.000000','admin','seed','invoice',4,'send','done','not_sent','pending','','fff91ee4918581ecd4dae4d54c0ce221a95311c57dad141d5adf188dfe094bac','efc39c9421d88c0da9728064e3519fd10d57f9f90d409a1c00e416d2382683a5');
INSERT INTO "audit_log" VALUES(48,'2026-10-13 10:46:46.000000','approver','seed','invoice',4,'accept','done','pending','synced','','efc39c9421d88c0da9728064e3519fd10d57f9f90d409a1c00e416d2382683a5','206f18ca302f15819c959b7c9d051851142f5fcfd880d099bbd295be6fcc99bc');
INSERT INTO "audit_log" VALUES(49,'2026-10-14 10:47:45.000000','admin','seed','invoice',5,'send','done','not_sent','pending','','206f18ca302f15819c959b7c9d051851142f5fcfd880d099bbd295be6fcc99bc','bdcdd5852aa98c1c1bde4df362c8cae5b7d69ed7f36df344e377eaf166d71a1b');
INSERT INTO "audit_log" VALUES(50,'2026-10-15 10:47:46.000000','approver','seed','invoice',5,'accept','done','pending','synced','','bdcdd5852aa98c1c1bde4df362c8cae5b7d69ed7f36df344e377eaf166d71a1b','d4be5e3e5335dacb3e9cad66a2b8acf7d1e6b7144b478e1c73539e38cca9e8aa');
INSERT INTO "audit_log" VALUES(51,'2026-10-17 10:48:45.000000','admin','seed','invoice',6,'send','done','not_sent','pending','','d4be5e3e5335dacb3e9cad66a2b8acf7d1e6b7144b478e1c73539e38cca9e8aa','7cf0ffe93b99def8d1225438ffa855ffbbb79dcd50a00645eb68e3b0c02aabfd');
INSERT INTO "audit_log" VALUES(52,'2026-10-18 10:48:46.000000','approver','seed','invoice',6,'accept','done','pending','synced','','7cf0ffe93b99def8d1225438ffa855ffbbb79dcd50a00645eb68e3b0c02aabfd','c62b699a1badb3f49ae62f9fe6b1ea15fd260ce02e2b4852d12dee6afbf7afae');
INSERT INTO "audit_log" VALUES(53,'2026-10-19 10:49:45.000000','admin','seed','invoice',7,'send','done','not_sent','pending','','c62b699a1badb3f49ae62f9fe6b1ea15fd260ce02e2b4852d12dee6afbf7afae','3547854f377525aa459382ba945bd528710bd0f679004395ffcddcd8b1b6ff9d');
INSERT INTO "audit_log" VALUES(54,'2026-10-20 10:49:46.000000','approver','seed','invoice',7,'accept','done','pending','synced','','3547854f377525aa459382ba945bd528710bd0f679004395ffcddcd8b1b6ff9d','9c64ecca92b8667091a03439f6a9c4266c0aa8d1e45334347991f767f3909646');
INSERT INTO "audit_log" VALUES(55,'2026-10-22 10:50:45.000000','admin','seed','invoice',8,'send','done','not_sent','pending','','9c64ecca92b8667091a03439f6a9c4266c0aa8d1e45334347991f767f3909646','7b92cd312d5271cfd619a908e3cc21323b1ce7f6754342e37a29b7596838bc63');
INSERT INTO "audit_log" VALUES(56,'2026-10-22 11:02:45.000000','admin','seed','company',20,'send','done','not_sent','pending','','7b92cd312d5271cfd619a908e3cc21323b1ce7f6754342e37a29b7596838bc63','ed0f09baac0884a02109e3323ab9a56000b01ebacefe6bdad810d54e789b72aa');
INSERT INTO "audit_log" VALUES(57,'2026-10-23 10:50:46.000000','approver','seed','invoice',8,'accept','done','pending','synced','','ed0f09baac0884a02109e3323ab9a56000b01ebacefe6bdad810d54e789b72aa','3c2741d497a1546949b966189421e5b7014a2421bb34a25af198049dff8b484a');
INSERT INTO "audit_log" VALUES(58,'2026-10-23 11:02:46.000000','approver','seed','company',20,'reject','done','pending','rejected','Missing remit-to address.','3c2741d497a1546949b966189421e5b7014a2421bb34a25af198049dff8b484a','5dabe62e38dcbe2b9f05882f7223bc20f554f4497975cfaa8f4228bb5227f282');
INSERT INTO "audit_log" VALUES(59,'2026-10-23 11:02:47.000000','admin','seed','company',20,'edit','done','rejected','rejected','address: None -> ''12 Dock Rd''','5dabe62e38dcbe2b9f05882f7223bc20f554f4497975cfaa8f4228bb5227f282','e2aa95b709c66fe6ca8c7e427463b4bfa2d7b36ebb9b5870f2293404c61346d0');
INSERT INTO "audit_log" VALUES(60,'2026-10-24 10:51:45.000000','admin','seed','invoice',9,'send','done','not_sent','pending','','e2aa95b709c66fe6ca8c7e427463b4bfa2d7b36ebb9b5870f2293404c61346d0','7334ca42aa0abe1a350c41c7ab514fb3e535665809e6fd3fbfb04380a2b11148');
INSERT INTO "audit_log" VALUES(61,'2026-10-25 10:51:46.000000','approver','seed','invoice',9,'accept','done','pending','synced','','7334ca42aa0abe1a350c41c7ab514fb3e535665809e6fd3fbfb04380a2b11148','be1566d0e03d9e20ecc89326069132395cafb22b913ecc0eabeb7db7174b60a9');
INSERT INTO "audit_log" VALUES(62,'2026-10-26 10:52:45.000000','admin','seed','invoice',10,'send','done','not_sent','pending','','be1566d0e03d9e20ecc89326069132395cafb22b913ecc0eabeb7db7174b60a9','63236fbb9cb4a7e51cc8abd57dd7bc924a4259c6307778ccbd53109a77ec4c13');
INSERT INTO "audit_log" VALUES(63,'2026-10-27 10:52:46.000000','approver','seed','invoice',10,'accept','done','pending','synced','','63236fbb9cb4a7e51cc8abd57dd7bc924a4259c6307778ccbd53109a77ec4c13','8500732f33383db73dff202da92c07ab6f396e58d1d4bccca75c57fe3aedfb04');
INSERT INTO "audit_log" VALUES(64,'2026-11-01 11:45:45.000000','admin','seed','invoice',63,'send','done','not_sent','pending','','8500732f33383db73dff202da92c07ab6f396e58d1d4bccca75c57fe3aedfb04','0af17518fa67166bcc0ab6530417431b1e4cdf1b0acd21b73cda854d1c49157a');
INSERT INTO "audit_log" VALUES(65,'2026-11-01 11:46:45.000000','admin','seed','invoice',64,'send','done','not_sent','pending','','0af17518fa67166bcc0ab6530417431b1e4cdf1b0acd21b73cda854d1c49157a','629162ae65564f9aef1343f9cda597cae3bdf18344b69101e4386ed59240bad1');
INSERT INTO "audit_log" VALUES(66,'2026-11-01 11:47:45.000000','admin','seed','invoice',65,'send','done','not_sent','pending','','629162ae65564f9aef1343f9cda597cae3bdf18344b69101e4386ed59240bad1','913481bfd2660a96a7f2c56cd1a6b64890571492aae576be7f9013e0f5abccff');
INSERT INTO "audit_log" VALUES(67,'2026-11-01 11:48:45.000000','admin','seed','invoice',66,'send','done','not_sent','pending','','913481bfd2660a96a7f2c56cd1a6b64890571492aae576be7f9013e0f5abccff','779273117c4db1280b959d471a31148b7f08e020f87c61cc05d54045ea65a520');
INSERT INTO "audit_log" VALUES(68,'2026-11-02 11:45:46.000000','approver','seed','invoice',63,'accept','done','pending','synced','','779273117c4db1280b959d471a31148b7f08e020f87c61cc05d54045ea65a520','e72f7ee03b1f8d9a29e6330719e92d86e144160eef7b8a503924e78a5e55a7b0');
INSERT INTO "audit_log" VALUES(69,'2026-11-02 11:46:46.000000','approver','seed','invoice',64,'accept','done','pending','synced','','e72f7ee03b1f8d9a29e6330719e92d86e144160eef7b8a503924e78a5e55a7b0','7e37ff45a5c3c64f9b8b34a2ae07a06734ac822c69a22c880583a538eda8d157');
INSERT INTO "audit_log" VALUES(70,'2026-11-02 11:47:46.000000','approver','seed','invoice',65,'accept','done','pending','synced','','7e37ff45a5c3c64f9b8b34a2ae07a06734ac822c69a22c880583a538eda8d157','71847dd8d6ad4ee864a3bab6571e571d378dc0089e8d09ca57b7c606972513de');
INSERT INTO "audit_log" VALUES(71,'2026-11-02 11:48:46.000000','approver','seed','invoice',66,'accept','done','pending','synced','','71847dd8d6ad4ee864a3bab6571e571d378dc0089e8d09ca57b7c606972513de','86d50e6f5524e608e390da9c0e6d3ca0c75ba41dd2aa7b7071ea9bce25dc79c2');
INSERT INTO "audit_log" VALUES(72,'2026-11-09 11:08:45.000000','admin','seed','invoice',26,'send','done','not_sent','pending','','86d50e6f5524e608e390da9c0e6d3ca0c75ba41dd2aa7b7071ea9bce25dc79c2','e00146260fb89a30120368e83b91da4f1487efe337e758b5422acacc659e00ae');
INSERT INTO "audit_log" VALUES(73,'2026-11-10 11:08:46.000000','approver','seed','invoice',26,'reject','done','pending','rejected','Retention was not withheld.','e00146260fb89a30120368e83b91da4f1487efe337e758b5422acacc659e00ae','49a0556f96874de1092864e3b6385261c23a195bf9dc02b1d152feb0526c7924');
INSERT INTO "audit_log" VALUES(74,'2026-11-10 11:08:47.000000','admin','seed','invoice',26,'edit','done','rejected','rejected','amount corrected','49a0556f96874de1092864e3b6385261c23a195bf9dc02b1d152feb0526c7924','78ba37d3753483a893501d9bbafe79c85d90f822ad1672c7e7eddf28f58ea659');
INSERT INTO "audit_log" VALUES(75,'2026-11-11 11:08:48.000000','admin','seed','invoice',26,'resend','done','rejected','pending','','78ba37d3753483a893501d9bbafe79c85d90f822ad1672c7e7eddf28f58ea659','6d1f605c975e96291bae45de1da362a48098e22008f2909e2b82fb94fdb5100c');
INSERT INTO "audit_log" VALUES(76,'2026-11-12 11:08:49.000000','approver','seed','invoice',26,'reject','done','pending','rejected','Retention still at 5%; the contract says 10%.','6d1f605c975e96291bae45de1da362a48098e22008f2909e2b82fb94fdb5100c','0b124d8e56ae7aa55852b051ccc8d84cf29600fbfece6a6a1e8211a57354dcaf');
INSERT INTO "audit_log" VALUES(77,'2026-11-12 11:09:45.000000','admin','seed','invoice',27,'send','done','not_sent','pending','','0b124d8e56ae7aa55852b051ccc8d84cf29600fbfece6a6a1e8211a57354dcaf','92abbf21474945ecc714e8d795cc5638b6b4c94c62119bcc11e891ad690b933a');
INSERT INTO "audit_log" VALUES(78,'2026-11-13 10:57:45.000000','admin','seed','company',15,'send','done','not_sent','pending','','92abbf21474945ecc714e8d795cc5638b6b4c94c62119bcc11e891ad690b933a','c3b45eecef6c98c0c0343600ebaba8290e2d6eabf01d36f6cf6679d7bc7065d0');
INSERT INTO "audit_log" VALUES(79,'2026-11-13 11:09:46.000000','approver','seed','invoice',27,'reject','done','pending','rejected','Wrong cost code on line 2.','c3b45eecef6c98c0c0343600ebaba8290e2d6eabf01d36f6cf6679d7bc7065d0','c48f5d0607c04cf5e8056b0aeb94d1e00b59bda31fc4c572f9f361d34d1dbfe2');
INSERT INTO "audit_log" VALUES(80,'2026-11-13 11:09:47.000000','admin','seed','invoice',27,'edit','done','rejected','rejected','cost code corrected','c48f5d0607c04cf5e8056b0aeb94d1e00b59bda31fc4c572f9f361d34d1dbfe2','a16494d1f49629235683241ef8b7a0eef594d3069cb703570848b8ede14ac8d5');
INSERT INTO "audit_log" VALUES(81,'2026-11-14 10:57:46.000000','approver','seed','company',15,'reject','done','pending','rejected','The legal name does not match the W-9 on file; correct it to the name on the tax form.','a16494d1f49629235683241ef8b7a0eef594d3069cb703570848b8ede14ac8d5','720b7f74eff86710958a82e2d7f0581a7b04a73129a93e5e810a70530c8b4095');
INSERT INTO "audit_log" VALUES(82,'2026-11-14 11:04:45.000000','admin','seed','invoice',22,'send','done','not_sent','pending','','720b7f74eff86710958a82e2d7f0581a7b04a73129a93e5e810a70530c8b4095','802ee28f22e675c9f15ec9d36e75797fb0cb5657440afe57fd1abb0c1a71da96');
INSERT INTO "audit_log" VALUES(83,'2026-11-15 10:53:45.000000','admin','seed','commitment',11,'send','done','not_sent','pending','','802ee28f22e675c9f15ec9d36e75797fb0cb5657440afe57fd1abb0c1a71da96','ef5d65b35d4dbcf51516181b6ec8c76566d98c25af8256e9d328bb0c6da537df');
INSERT INTO "audit_log" VALUES(84,'2026-11-15 11:01:45.000000','admin','seed','invoice',19,'send','done','not_sent','pending','','ef5d65b35d4dbcf51516181b6ec8c76566d98c25af8256e9d328bb0c6da537df','724dcb596314808d6b82f0f28ba2c3fb51611d76259f4ffda4d5b663f7136e27');
INSERT INTO "audit_log" VALUES(85,'2026-11-15 11:04:46.000000','approver','seed','invoice',22,'reject','done','pending','rejected','Lien waiver for the previous period is missing: attach it and re-send.','724dcb596314808d6b82f0f28ba2c3fb51611d76259f4ffda4d5b663f7136e27','8338cf0457097ba8c38b4dd414296800074c2ca09c2519927dad0cb98f63bfd6');
INSERT INTO "audit_log" VALUES(86,'2026-11-15 11:05:45.000000','admin','seed','invoice',23,'send','done','not_sent','pending','','8338cf0457097ba8c38b4dd414296800074c2ca09c2519927dad0cb98f63bfd6','fb026a9e511d6cbfc048848bfa5c1f947cec16e5b84c7e08434542fecbf62a9e');
INSERT INTO "audit_log" VALUES(87,'2026-11-16 10:53:46.000000','approver','seed','commitment',11,'reject','done','pending','rejected','Retention of 10% is missing from the schedule of values.','fb026a9e511d6cbfc048848bfa5c1f947cec16e5b84c7e08434542fecbf62a9e','e287331792918857990bda5cf6161ee872f25a32c3b7abe13d425e6addd1e8a3');
INSERT INTO "audit_log" VALUES(88,'2026-11-16 10:58:45.000000','admin','seed','company',16,'send','done','not_sent','pending','','e287331792918857990bda5cf6161ee872f25a32c3b7abe13d425e6addd1e8a3','64dd01ce7613a0a96b2a5f74777a78b1a4bde933f8b528a924679d71f7702649');
INSERT INTO "audit_log" VALUES(89,'2026-11-16 11:03:45.000000','admin','seed','commitment',21,'send','done','not_sent','pending','','64dd01ce7613a0a96b2a5f74777a78b1a4bde933f8b528a924679d71f7702649','c7cdd0ac4ed665533faf8be603ea375701cd781782aed8bf3cffb1bee6954d9f');
INSERT INTO "audit_log" VALUES(90,'2026-11-16 11:05:46.000000','approver','seed','invoice',23,'reject','done','pending','rejected','Billing date is after the October close; use 2026-10-31.','c7cdd0ac4ed665533faf8be603ea375701cd781782aed8bf3cffb1bee6954d9f','81d0d307ae75548882d33b11d1b056228012e7dd2220259f3e4ecb40b97ae581');
INSERT INTO "audit_log" VALUES(91,'2026-11-16 11:06:45.000000','admin','seed','invoice',24,'send','done','not_sent','pending','','81d0d307ae75548882d33b11d1b056228012e7dd2220259f3e4ecb40b97ae581','6c240628cfca5c8cdca6c2190cc8a074b7ffcc430e4b03bf6ca9d7ed0a770e4e');
INSERT INTO "audit_log" VALUES(92,'2026-11-17 10:58:45.000000','admin','seed','invoice',16,'send','done','not_sent','pending','','6c240628cfca5c8cdca6c2190cc8a074b7ffcc430e4b03bf6ca9d7ed0a770e4e','4294934ed33529d593e077654465869706845e969e33368e10a3d69decc5d9cc');
INSERT INTO "audit_log" VALUES(93,'2026-11-17 10:58:46.000000','admin','seed','company',16,'retrieve','done','pending','retrieved','','4294934ed33529d593e077654465869706845e969e33368e10a3d69decc5d9cc','35df0bbf5ec5b1bf71a7f2f25886cfb5bed5567bc2da5b48951b97dd8dd89d89');
INSERT INTO "audit_log" VALUES(94,'2026-11-17 11:00:45.000000','admin','seed','commitment',18,'send','done','not_sent','pending','','35df0bbf5ec5b1bf71a7f2f25886cfb5bed5567bc2da5b48951b97dd8dd89d89','24ddb0e193a43802b8f418dcf431f134347b840ff01a3fdda8ecba0c303779fc');
INSERT INTO "audit_log" VALUES(95,'2026-11-17 11:01:45.000000','admin','seed','company',19,'send','done','not_sent','pending','','24ddb0e193a43802b8f418dcf431f134347b840ff01a3fdda8ecba0c303779fc','88076b6c77569a325d80ab147747826a7011dcce05e7c4b2f741eafceebb78b3');
INSERT INTO "audit_log" VALUES(96,'2026-11-17 11:03:46.000000','approver','seed','commitment',21,'accept','done','pending','failed','export failed: Vista refused the record: job 1003 phase 02 is closed for new commitments','88076b6c77569a325d80ab147747826a7011dcce05e7c4b2f741eafceebb78b3','04a3d8d7218d2a99f0f8b19488bd5d1c27db1ba538b065f369025c2bffd79bf6');
INSERT INTO "audit_log" VALUES(97,'2026-11-17 11:06:46.000000','approver','seed','invoice',24,'reject','done','pending','rejected','Amount exceeds the remaining commitment balance by $4,250.00.','04a3d8d7218d2a99f0f8b19488bd5d1c27db1ba538b065f369025c2bffd79bf6','aa20031e76080f32044eef41c406584743c41821414a3be50ddb42a7d8da354e');
INSERT INTO "audit_log" VALUES(98,'2026-11-17 11:07:45.000000','admin','seed','invoice',25,'send','done','not_sent','pending','','aa20031e76080f32044eef41c406584743c41821414a3be50ddb42a7d8da354e','ead7fa6420823f5b05a2131a6798318f60c15f41eb6dade5a3c3ec85e83af46d');
INSERT INTO "audit_log" VALUES(99,'2026-11-18 10:52:45.000000','admin','seed','commitment',10,'send','done','not_sent','pending','','ead7fa6420823f5b05a2131a6798318f60c15f41eb6dade5a3c3ec85e83af46d','80bf6a087c1c2edf663592a7015f740d668739cf7e7013924802f0a57d2e5007');
INSERT INTO "audit_log" VALUES(100,'2026-11-18 10:56:45.000000','admin','seed','invoice',14,'send','done','not_sent','pending','','80bf6a087c1c2edf663592a7015f740d668739cf7e7013924802f0a57d2e5007','b0c334bad5b7bc0cfba8e35cfdcd32b3ed6e3ac146260d84cd549ffc5ea0aed6');
INSERT INTO "audit_log" VALUES(101,'2026-11-18 11:00:46.000000','admin','seed','commitment',18,'retrieve','done','pending','retrieved','','b0c334bad5b7bc0cfba8e35cfdcd32b3ed6e3ac146260d84cd549ffc5ea0aed6','f98e8c53c309e67cd90c991dac4323c65517c72f27a7e253135992446730f785');
INSERT INTO "audit_log" VALUES(102,'2026-11-18 11:01:46.000000','approver','seed','company',19,'accept','done','pending','failed','export failed: ERP refused vendor: tax id already used by vendor V-0417','f98e8c53c309e67cd90c991dac4323c65517c72f27a7e253135992446730f785','298515849b3c1afeae50d4092020356ce0f34c52486be81afdd1ff4152839a6b');
INSERT INTO "audit_log" VALUES(103,'2026-11-18 11:02:48.000000','admin','seed','company',20,'resend','done','rejected','pending','','298515849b3c1afeae50d4092020356ce0f34c52486be81afdd1ff4152839a6b','292715971e9a9b9de8632eed658f92a17dc7ca1e94b1b0b61dd1a5dd0d1d1d50');
INSERT INTO "audit_log" VALUES(104,'2026-11-18 11:07:46.000000','approver','seed','invoice',25,'reject','done','pending','rejected','Invoice number duplicates INV-2210 [already paid].','292715971e9a9b9de8632eed658f92a17dc7ca1e94b1b0b61dd1a5dd0d1d1d50','79861b5b9da5cfbe84a96bcfb0673c0598c9d70a66593b06f2a6a5ff847d7e44');
INSERT INTO "audit_log" VALUES(105,'2026-11-18 11:10:45.000000','admin','seed','invoice',28,'send','done','not_sent','pending','','79861b5b9da5cfbe84a96bcfb0673c0598c9d70a66593b06f2a6a5ff847d7e44','e742a6ff55bdb5ad5103e3f6740e29c598cfff29d0f89aa4a49fedbc3bbb3718');
INSERT INTO "audit_log" VALUES(106,'2026-11-18 11:13:45.000000','admin','seed','invoice',31,'send','done','not_sent','pending','','e742a6ff55bdb5ad5103e3f6740e29c598cfff29d0f89aa4a49fedbc3bbb3718','9a7ef3362852e68f719317719243efb54f9a3467f323834d6d22ac17e0a5c04c');
INSERT INTO "audit_log" VALUES(107,'2026-11-19 10:53:45.000000','admin','seed','invoice',11,'send','done','not_sent','pending','','9a7ef3362852e68f719317719243efb54f9a3467f323834d6d22ac17e0a5c04c','b5bcc83592c8c702b8b5b108786e41ef85fdc0f943ecb6d969af8a96e5ea866b');
INSERT INTO "audit_log" VALUES(108,'2026-11-19 10:54:45.000000','admin','seed','invoice',12,'send','done','not_sent','pending','','b5bcc83592c8c702b8b5b108786e41ef85fdc0f943ecb6d969af8a96e5ea866b','905582fa83f35e461a2a836ce66202804c71b8e9a0088b4f32ed1ec5d9d5044e');
INSERT INTO "audit_log" VALUES(109,'2026-11-19 10:56:45.000000','admin','seed','company',14,'send','done','not_sent','pending','','905582fa83f35e461a2a836ce66202804c71b8e9a0088b4f32ed1ec5d9d5044e','75166197f3e5d09ff2906ff2c2f75243e74942d70c021e52c5071630908c9db7');
INSERT INTO "audit_log" VALUES(110,'2026-11-19 10:59:45.000000','admin','seed','invoice',17,'send','done','not_sent','pending','','75166197f3e5d09ff2906ff2c2f75243e74942d70c021e52c5071630908c9db7','430230249548fefedcd6e4f9f4e1cf2c1ba3d99f1651d7bf55fcef159090ec22');
INSERT INTO "audit_log" VALUES(111,'2026-11-19 11:02:45.000000','approver2','seed','commitment',20,'send','done','not_sent','pending','','430230249548fefedcd6e4f9f4e1cf2c1ba3d99f1651d7bf55fcef159090ec22','418683359eb585042484a6e82ac93dd54db17c574117a69025e82763ec2660d8');
INSERT INTO "audit_log" VALUES(112,'2026-11-19 11:02:45.000000','approver2','seed','invoice',20,'send','done','not_sent','pending','','418683359eb585042484a6e82ac93dd54db17c574117a69025e82763ec2660d8','64b16fae172062a8ac93e63709a704b243a99061ea5f490a4b059ffa5b902ddf');
INSERT INTO "audit_log" VALUES(113,'2026-11-19 11:09:48.000000','admin','seed','invoice',27,'resend','done','rejected','pending','','64b16fae172062a8ac93e63709a704b243a99061ea5f490a4b059ffa5b902ddf','3139a725b18e3e480e5ed99ea54ed9f68611808930f431a8057fad6a69c777e0');
INSERT INTO "audit_log" VALUES(114,'2026-11-19 11:10:46.000000','admin','seed','invoice',28,'retrieve','done','pending','retrieved','','3139a725b18e3e480e5ed99ea54ed9f68611808930f431a8057fad6a69c777e0','0c4f18e922c3772313d8f8f95456e727ba5ab0560d57c4d05ac20e553533e266');
INSERT INTO "audit_log" VALUES(115,'2026-11-19 11:11:45.000000','admin','seed','invoice',29,'send','done','not_sent','pending','','0c4f18e922c3772313d8f8f95456e727ba5ab0560d57c4d05ac20e553533e266','59cb431b7dbabd08c3666fb0d6c83f6aecad1811a5e0de99a307986ed250d16f');
INSERT INTO "audit_log" VALUES(116,'2026-11-19 11:13:46.000000','approver','seed','invoice',31,'accept','done','pending','failed','export failed: Vista refused the invoice: AP period 2026-10 is closed','59cb431b7dbabd08c3666fb0d6c83f6aecad1811a5e0de99a307986ed250d16f','2ca52eb9ec9c5529f96e0328a965dc555ee7f1d31407555aefa2db7800212984');
INSERT INTO "audit_log" VALUES(117,'2026-11-19 11:14:45.000000','admin','seed','invoice',32,'send','done','not_sent','pending','','2ca52eb9ec9c5529f96e0328a965dc555ee7f1d31407555aefa2db7800212984','1068aa4bfa6728cf4c9510ed22d94ce702a2bd691a2b2921ad5dbe6d591f4a82');
INSERT INTO "audit_log" VALUES(118,'2026-11-20 10:55:45.000000','admin','seed','invoice',13,'send','done','not_sent','pending','','1068aa4bfa6728cf4c9510ed22d94ce702a2bd691a2b2921ad5dbe6d591f4a82','87e4c4ce55307da75d4806d57593dd19367dbcf90b69e74420ea7f149113eee4');
INSERT INTO "audit_log" VALUES(119,'2026-11-20 10:57:45.000000','admin','seed','invoice',15,'send','done','not_sent','pending','','87e4c4ce55307da75d4806d57593dd19367dbcf90b69e74420ea7f149113eee4','8a371e8b965757196f564a95e5ffa90ac79c59e32fa41fb8cd47b44393d67137');
INSERT INTO "audit_log" VALUES(120,'2026-11-20 11:00:45.000000','admin','seed','invoice',18,'send','done','not_sent','pending','','8a371e8b965757196f564a95e5ffa90ac79c59e32fa41fb8cd47b44393d67137','9624b612001ef2712e3b55a57db97a9c3089e70b553168598af29f3a7f928fb5');
INSERT INTO "audit_log" VALUES(121,'2026-11-20 11:03:45.000000','approver2','seed','invoice',21,'send','done','not_sent','pending','','9624b612001ef2712e3b55a57db97a9c3089e70b553168598af29f3a7f928fb5','cf540daf1dde30682a3583786a78ed9c3b1a853ea107cdfe85bb4035cc0b4ad4');
INSERT INTO "audit_log" VALUES(122,'2026-11-20 11:11:46.000000','admin','seed','invoice',29,'retrieve','done','pending','retrieved','','cf540daf1dde30682a3583786a78ed9c3b1a853ea107cdfe85bb4035cc0b4ad4','4b0bc3754e964712b619d67ef8aeef837809010f87cd1a4117d0e9c1a5b91dd9');
INSERT INTO "audit_log" VALUES(123,'2026-11-20 11:12:45.000000','admin','seed','invoice',30,'send','done','not_sent','pending','','4b0bc3754e964712b619d67ef8aeef837809010f87cd1a4117d0e9c1a5b91dd9','bd1012f98dc2895d96cc7fdcf5dbd9b7d3d673f191d15527686f4f29fc041e05');
INSERT INTO "audit_log" VALUES(124,'2026-11-20 11:14:46.000000','approver','seed','invoice',32,'accept','done','pending','failed','export failed: connection to the ERP timed out after 30 s','bd1012f98dc2895d96cc7fdcf5dbd9b7d3d673f191d15527686f4f29fc041e05','5255fb7469bf5b5b0cebb50946a17af4f8511df8690aacee0387c1f28a23f845');
INSERT INTO "audit_log" VALUES(125,'2026-11-21 11:12:46.000000','admin','seed','invoice',30,'retrieve','done','pending','retrieved','','5255fb7469bf5b5b0cebb50946a17af4f8511df8690aacee0387c1f28a23f845','f22089d6f00edb1e3b07347fe6be1583eac92aa9832ea40dd350b4abea6e6f93');
INSERT INTO "audit_log" VALUES(126,'2026-11-21 10:43:55.406064','admin','root','invoice',11,'retrieve','done','pending','retrieved','','f22089d6f00edb1e3b07347fe6be1583eac92aa9832ea40dd350b4abea6e6f93','afe1d2722b01c310eed989195520e828b3069085cd45213ccb0c4c869840b2da');
INSERT INTO "audit_log" VALUES(127,'2026-11-21 10:43:55.406064','admin','root','invoice',12,'retrieve','done','pending','retrieved','','afe1d2722b01c310eed989195520e828b3069085cd45213ccb0c4c869840b2da','8bf676877a6f5312a2e3f636a893e26b5bac43e8d957e1af2f59825303808ba7');
CREATE TABLE commitment_lines (
	id INTEGER NOT NULL, 
	commitment_id INTEGER NOT NULL, 
	description VARCHAR(300) NOT NULL, 
	amount_cents INTEGER NOT NULL, 
	cost_code VARCHAR(40), 
	PRIMARY KEY (id), 
	FOREIGN KEY(commitment_id) REFERENCES commitments (id)
);
INSERT INTO "commitment_lines" VALUES(1,1,'Base scope',184000000,'03-300');
INSERT INTO "commitment_lines" VALUES(2,2,'Base scope',96500000,'03-300');
INSERT INTO "commitment_lines" VALUES(3,3,'Base scope',132000000,'03-300');
INSERT INTO "commitment_lines" VALUES(4,4,'Base scope',41250000,'03-300');
INSERT INTO "commitment_lines" VALUES(5,5,'Base scope',8600000,'03-300');
INSERT INTO "commitment_lines" VALUES(6,6,'Base scope',54000000,'03-300');
INSERT INTO "commitment_lines" VALUES(7,7,'Base scope',12000000,'03-300');
INSERT INTO "commitment_lines" VALUES(8,8,'Base scope',21000000,'03-300');
INSERT INTO "commitment_lines" VALUES(9,9,'Base scope',78000000,'03-300');
INSERT INTO "commitment_lines" VALUES(10,10,'Base scope',33000000,'03-300');
INSERT INTO "commitment_lines" VALUES(11,11,'Base scope',27500000,'03-300');
INSERT INTO "commitment_lines" VALUES(12,12,'Base scope',19000000,NULL);
INSERT INTO "commitment_lines" VALUES(13,13,'Base scope',41500000,'03-300');
INSERT INTO "commitment_lines" VALUES(14,14,'Base scope',15000000,'03-300');
INSERT INTO "commitment_lines" VALUES(15,15,'Base scope',110000000,'03-300');
INSERT INTO "commitment_lines" VALUES(16,16,'Base scope',26000000,'03-300');
INSERT INTO "commitment_lines" VALUES(17,17,'Base scope',9500000,'03-300');
INSERT INTO "commitment_lines" VALUES(18,18,'Base scope',31000000,'03-300');
INSERT INTO "commitment_lines" VALUES(19,19,'Base scope',8800000,'03-300');
INSERT INTO "commitment_lines" VALUES(20,20,'Base scope',14300000,'03-300');
INSERT INTO "commitment_lines" VALUES(21,21,'Base scope',225000000,'03-300');
INSERT INTO "commitment_lines" VALUES(22,22,'Base scope',16000000,'03-300');
INSERT INTO "commitment_lines" VALUES(23,23,'Base scope',7200000,'03-300');
CREATE TABLE commitments (
	id INTEGER NOT NULL, 
	project_id INTEGER NOT NULL, 
	vendor_id INTEGER NOT NULL, 
	number VARCHAR(100) NOT NULL, 
	title VARCHAR(300) NOT NULL, 
	kind VARCHAR(32) NOT NULL, 
	status VARCHAR(32) NOT NULL, 
	amount_cents INTEGER NOT NULL, 
	erp_state VARCHAR(16) NOT NULL, 
	version INTEGER NOT NULL, 
	sent_by VARCHAR(64), 
	sent_at DATETIME, 
	decided_by VARCHAR(64), 
	decided_at DATETIME, 
	last_reason TEXT, 
	erp_error TEXT, 
	erp_id VARCHAR(40), 
	PRIMARY KEY (id), 
	FOREIGN KEY(project_id) REFERENCES projects (id), 
	FOREIGN KEY(vendor_id) REFERENCES companies (id)
);
INSERT INTO "commitments" VALUES(1,1,1,'SC-1001-01','Cast-in-place concrete','subcontract','approved',184000000,'synced',3,'admin','2026-07-24 10:43:45.000000','approver','2026-07-25 10:43:46.000000',NULL,NULL,'VST-CMT-000001');
INSERT INTO "commitments" VALUES(2,1,2,'SC-1001-02','Electrical rough-in and trim','subcontract','approved',96500000,'synced',3,'admin','2026-07-26 10:44:45.000000','approver','2026-07-27 10:44:46.000000',NULL,NULL,'VST-CMT-000002');
INSERT INTO "commitments" VALUES(3,1,3,'SC-1001-03','HVAC and plumbing','subcontract','approved',132000000,'synced',3,'admin','2026-07-27 10:45:45.000000','approver','2026-07-28 10:45:46.000000',NULL,NULL,'VST-CMT-000003');
INSERT INTO "commitments" VALUES(4,1,8,'PO-1001-04','Curtain wall glazing units','purchase_order','complete',41250000,'synced',3,'admin','2026-07-28 10:46:45.000000','approver','2026-07-29 10:46:46.000000',NULL,NULL,'VST-CMT-000004');
INSERT INTO "commitments" VALUES(5,1,13,'SC-1001-05','Interior painting','subcontract','approved',8600000,'not_sent',1,NULL,NULL,NULL,NULL,NULL,NULL,NULL);
INSERT INTO "commitments" VALUES(6,1,4,'SC-1001-06','Drywall and acoustic ceilings','subcontract','approved',54000000,'not_sent',1,NULL,NULL,NULL,NULL,NULL,NULL,NULL);
INSERT INTO "commitments" VALUES(7,1,5,'SC-1001-07','Site landscaping','subcontract','draft',12000000,'not_sent',1,NULL,NULL,NULL,NULL,NULL,NULL,NULL);
INSERT INTO "commitments" VALUES(8,2,5,'SC-1002-01','Playground and planting','subcontract','approved',21000000,'synced',3,'admin','2026-08-03 10:50:45.000000','approver','2026-08-04 10:50:46.000000',NULL,NULL,'VST-CMT-000008');
INSERT INTO "commitments" VALUES(9,2,6,'SC-1002-02','Structural steel','subcontract','approved',78000000,'synced',3,'admin','2026-08-04 10:51:45.000000','approver','2026-08-05 10:51:46.000000',NULL,NULL,'VST-CMT-000009');
INSERT INTO "commitments" VALUES(10,2,10,'SC-1002-03','Domestic water and sanitary','subcontract','approved',33000000,'pending',2,'admin','2026-11-18 10:52:45.000000',NULL,NULL,NULL,NULL,NULL);
INSERT INTO "commitments" VALUES(11,2,9,'SC-1002-04','Roofing and sheet metal','subcontract','approved',27500000,'rejected',3,'admin','2026-11-15 10:53:45.000000','approver','2026-11-16 10:53:46.000000','Retention of 10% is missing from the schedule of values.',NULL,NULL);
INSERT INTO "commitments" VALUES(12,2,7,'SC-1002-05','Mass excavation','subcontract','approved',19000000,'not_sent',1,NULL,NULL,NULL,NULL,NULL,NULL,NULL);
INSERT INTO "commitments" VALUES(13,2,4,'SC-1002-06','Interior partitions, gypsum board assemblies, acoustical ceilings and firestopping','subcontract','approved',41500000,'not_sent',1,NULL,NULL,NULL,NULL,NULL,NULL,NULL);
INSERT INTO "commitments" VALUES(14,2,3,'SC-1002-07','Fire sprinkler system','subcontract','out_for_signature',15000000,'not_sent',1,NULL,NULL,NULL,NULL,NULL,NULL,NULL);
INSERT INTO "commitments" VALUES(15,3,7,'SC-1003-01','Earthwork and shoring','subcontract','approved',110000000,'synced',3,'admin','2026-08-13 10:57:45.000000','approver','2026-08-14 10:57:46.000000',NULL,NULL,'VST-CMT-000015');
INSERT INTO "commitments" VALUES(16,3,8,'SC-1003-02','Storefront glazing','subcontract','approved',26000000,'synced',3,'admin','2026-08-14 10:58:45.000000','approver','2026-08-15 10:58:46.000000',NULL,NULL,'VST-CMT-000016');
INSERT INTO "commitments" VALUES(17,3,11,'SC-1003-03','Lobby flooring','subcontract','approved',9500000,'synced',3,'admin','2026-08-15 10:59:45.000000','approver','2026-08-16 10:59:46.000000',NULL,NULL,'VST-CMT-000017');
INSERT INTO "commitments" VALUES(18,3,3,'SC-1003-04','Garage ventilation','subcontract','approved',31000000,'retrieved',3,'admin','2026-11-17 11:00:45.000000',NULL,NULL,NULL,NULL,NULL);
INSERT INTO "commitments" VALUES(19,3,8,'SC-1003-05-ELEVATOR-LOBBY-GLAZING-PHASE-2','Elevator lobby glazing','subcontract','approved',8800000,'not_sent',1,NULL,NULL,NULL,NULL,NULL,NULL,NULL);
INSERT INTO "commitments" VALUES(20,3,6,'SC-1003-06','Miscellaneous metals','subcontract','approved',14300000,'pending',2,'approver2','2026-11-19 11:02:45.000000',NULL,NULL,NULL,NULL,NULL);
INSERT INTO "commitments" VALUES(21,3,1,'SC-1003-07','Post-tensioned decks','subcontract','approved',225000000,'failed',3,'admin','2026-11-16 11:03:45.000000','approver','2026-11-17 11:03:46.000000',NULL,'Vista refused the record: job 1003 phase 02 is closed for new commitments',NULL);
INSERT INTO "commitments" VALUES(22,4,1,'SC-1004-01','Foundation repairs','subcontract','approved',16000000,'not_sent',1,NULL,NULL,NULL,NULL,NULL,NULL,NULL);
INSERT INTO "commitments" VALUES(23,4,2,'SC-1004-02','Lighting retrofit','subcontract','approved',7200000,'not_sent',1,NULL,NULL,NULL,NULL,NULL,NULL,NULL);
CREATE TABLE companies (
	id INTEGER NOT NULL, 
	name VARCHAR(200) NOT NULL, 
	address VARCHAR(200), 
	city VARCHAR(100), 
	contact VARCHAR(200), 
	email VARCHAR(200), 
	status VARCHAR(32) NOT NULL, 
	erp_state VARCHAR(16) NOT NULL, 
	version INTEGER NOT NULL, 
	sent_by VARCHAR(64), 
	sent_at DATETIME, 
	decided_by VARCHAR(64), 
	decided_at DATETIME, 
	last_reason TEXT, 
	erp_error TEXT, 
	erp_id VARCHAR(40), 
	PRIMARY KEY (id)
);
INSERT INTO "companies" VALUES(1,'Apex Concrete & Masonry Inc.','100 Main St','Seattle','Dana Ortiz','ap1@vendor.example','active','synced',3,'admin','2026-05-05 10:43:45.000000','approver','2026-05-06 10:43:46.000000',NULL,NULL,'VST-VEN-000001');
INSERT INTO "companies" VALUES(2,'Bayline Electrical Contractors','100 Main St','Seattle','Lee Park','ap2@vendor.example','active','synced',3,'admin','2026-05-07 10:44:45.000000','approver','2026-05-08 10:44:46.000000',NULL,NULL,'VST-VEN-000002');
INSERT INTO "companies" VALUES(3,'Cascade Mechanical Services','100 Main St','Seattle','Ravi Shah','ap3@vendor.example','active','synced',3,'admin','2026-05-08 10:45:45.000000','approver','2026-05-09 10:45:46.000000',NULL,NULL,'VST-VEN-000003');
INSERT INTO "companies" VALUES(4,'Delta Drywall & Framing','100 Main St','Seattle','Accounts Payable','ap4@vendor.example','active','synced',3,'admin','2026-05-09 10:46:45.000000','approver','2026-05-10 10:46:46.000000',NULL,NULL,'VST-VEN-000004');
INSERT INTO "companies" VALUES(5,'Evergreen Landscaping Co.','100 Main St','Seattle','Accounts Payable','ap5@vendor.example','active','synced',3,'admin','2026-05-10 10:47:45.000000','approver','2026-05-11 10:47:46.000000',NULL,NULL,'VST-VEN-000005');
INSERT INTO "companies" VALUES(6,'Frontier Steel Erectors','100 Main St','Seattle','Accounts Payable','ap6@vendor.example','active','synced',3,'admin','2026-05-11 10:48:45.000000','approver','2026-05-12 10:48:46.000000',NULL,NULL,'VST-VEN-000006');
INSERT INTO "companies" VALUES(7,'Granite Peak Excavation','100 Main St','Seattle','Accounts Payable','ap7@vendor.example','active','synced',3,'admin','2026-05-12 10:49:45.000000','approver','2026-05-13 10:49:46.000000',NULL,NULL,'VST-VEN-000007');
INSERT INTO "companies" VALUES(8,'Horizon Glass & Glazing','100 Main St','Seattle','Accounts Payable','ap8@vendor.example','active','synced',3,'admin','2026-05-13 10:50:45.000000','approver','2026-05-14 10:50:46.000000',NULL,NULL,'VST-VEN-000008');
INSERT INTO "companies" VALUES(9,'Ironclad Roofing Systems','100 Main St','Seattle','Accounts Payable','ap9@vendor.example','active','synced',3,'admin','2026-05-14 10:51:45.000000','approver','2026-05-15 10:51:46.000000',NULL,NULL,'VST-VEN-000009');
INSERT INTO "companies" VALUES(10,'Juniper Plumbing Partners','100 Main St','Seattle','Accounts Payable','ap10@vendor.example','active','synced',3,'admin','2026-05-15 10:52:45.000000','approver','2026-05-16 10:52:46.000000',NULL,NULL,'VST-VEN-000010');
INSERT INTO "companies" VALUES(11,'Redwood Flooring & Tile [Interiors]','100 Main St','Seattle','Accounts Payable','ap11@vendor.example','active','synced',3,'admin','2026-06-24 10:53:45.000000','approver','2026-06-25 10:53:46.000000',NULL,NULL,'VST-VEN-000011');
INSERT INTO "companies" VALUES(12,'Keystone Fire Protection, Sprinkler Design & Life Safety Systems of the Pacific Northwest LLC','100 Main St','Seattle','Accounts Payable','ap12@vendor.example','active','not_sent',1,NULL,NULL,NULL,NULL,NULL,NULL,NULL);
INSERT INTO "companies" VALUES(13,'Lakeshore Painting & Coatings','100 Main St','Seattle','Accounts Payable','ap13@vendor.example','active','not_sent',1,NULL,NULL,NULL,NULL,NULL,NULL,NULL);
INSERT INTO "companies" VALUES(14,'Summit Elevator Company','100 Main St','Seattle','Accounts Payable','ap14@vendor.example','active','pending',2,'admin','2026-11-19 10:56:45.000000',NULL,NULL,NULL,NULL,NULL);
INSERT INTO "companies" VALUES(15,'Meridian Waterproofing','100 Main St','Seattle','Accounts Payable','ap15@vendor.example','active','rejected',3,'admin','2026-11-13 10:57:45.000000','approver','2026-11-14 10:57:46.000000','The legal name does not match the W-9 on file; correct it to the name on the tax form.',NULL,NULL);
INSERT INTO "companies" VALUES(16,'Northwind Insulation','100 Main St','Seattle','Accounts Payable','ap16@vendor.example','active','retrieved',3,'admin','2026-11-16 10:58:45.000000',NULL,NULL,NULL,NULL,NULL);
INSERT INTO "companies" VALUES(17,'Oakridge Demolition',NULL,'Seattle','Accounts Payable','ap17@vendor.example','active','not_sent',1,NULL,NULL,NULL,NULL,NULL,NULL,NULL);
INSERT INTO "companies" VALUES(18,'Pioneer Scaffolding Rentals','100 Main St','Seattle','Accounts Payable','ap18@vendor.example','inactive','not_sent',1,NULL,NULL,NULL,NULL,NULL,NULL,NULL);
INSERT INTO "companies" VALUES(19,'Quarry Stone Suppliers','100 Main St','Seattle','Accounts Payable','ap19@vendor.example','active','failed',3,'admin','2026-11-17 11:01:45.000000','approver','2026-11-18 11:01:46.000000',NULL,'ERP refused vendor: tax id already used by vendor V-0417',NULL);
INSERT INTO "companies" VALUES(20,'Tidewater Surveying','100 Main St','Seattle','Accounts Payable','ap20@vendor.example','active','pending',5,'admin','2026-11-18 11:02:48.000000',NULL,NULL,'Missing remit-to address.',NULL,NULL);
CREATE TABLE invoices (
	id INTEGER NOT NULL, 
	commitment_id INTEGER NOT NULL, 
	project_id INTEGER NOT NULL, 
	number VARCHAR(100), 
	billing_date VARCHAR(10), 
	amount_cents INTEGER NOT NULL, 
	status VARCHAR(32) NOT NULL, 
	erp_state VARCHAR(16) NOT NULL, 
	version INTEGER NOT NULL, 
	sent_by VARCHAR(64), 
	sent_at DATETIME, 
	decided_by VARCHAR(64), 
	decided_at DATETIME, 
	last_reason TEXT, 
	erp_error TEXT, 
	erp_id VARCHAR(40), 
	PRIMARY KEY (id), 
	FOREIGN KEY(commitment_id) REFERENCES commitments (id), 
	FOREIGN KEY(project_id) REFERENCES projects (id)
);
INSERT INTO "invoices" VALUES(1,1,1,'INV-2201','2026-07-28',18413700,'approved','synced',3,'admin','2026-09-22 10:43:45.000000','approver','2026-09-23 10:43:46.000000',NULL,NULL,'VST-INV-000001');
INSERT INTO "invoices" VALUES(2,1,1,'INV-2202','2026-01-28',18427400,'approved','synced',3,'admin','2026-10-07 10:44:45.000000','approver','2026-10-08 10:44:46.000000',NULL,NULL,'VST-INV-000002');
INSERT INTO "invoices" VALUES(3,2,1,'INV-2203','2026-06-28',9691100,'approved','synced',3,'admin','2026-10-02 10:45:45.000000','approver','2026-10-03 10:45:46.000000',NULL,NULL,'VST-INV-000003');
INSERT INTO "invoices" VALUES(4,3,1,'INV-2204','2026-05-28',13254800,'approved','synced',3,'admin','2026-10-12 10:46:45.000000','approver','2026-10-13 10:46:46.000000',NULL,NULL,'VST-INV-000004');
INSERT INTO "invoices" VALUES(5,8,2,'INV-2205','2026-03-28',2168500,'approved','synced',3,'admin','2026-10-14 10:47:45.000000','approver','2026-10-15 10:47:46.000000',NULL,NULL,'VST-INV-000005');
INSERT INTO "invoices" VALUES(6,9,2,'INV-2206','2026-09-28',7882200,'approved','synced',3,'admin','2026-10-17 10:48:45.000000','approver','2026-10-18 10:48:46.000000',NULL,NULL,'VST-INV-000006');
INSERT INTO "invoices" VALUES(7,15,3,'INV-2207','2026-07-28',11095900,'approved','synced',3,'admin','2026-10-19 10:49:45.000000','approver','2026-10-20 10:49:46.000000',NULL,NULL,'VST-INV-000007');
INSERT INTO "invoices" VALUES(8,16,3,'INV-2208','2026-04-28',2709600,'approved','synced',3,'admin','2026-10-22 10:50:45.000000','approver','2026-10-23 10:50:46.000000',NULL,NULL,'VST-INV-000008');
INSERT INTO "invoices" VALUES(9,17,3,'INV-2209','2026-02-28',1073300,'approved','synced',3,'admin','2026-10-24 10:51:45.000000','approver','2026-10-25 10:51:46.000000',NULL,NULL,'VST-INV-000009');
INSERT INTO "invoices" VALUES(10,4,1,'INV-2210','2026-09-28',4262000,'approved','synced',3,'admin','2026-10-26 10:52:45.000000','approver','2026-10-27 10:52:46.000000',NULL,NULL,'VST-INV-000010');
INSERT INTO "invoices" VALUES(11,1,1,'INV-2211','2026-10-31',18550700,'approved','retrieved',3,'admin','2026-11-19 10:53:45.000000',NULL,NULL,NULL,NULL,NULL);
INSERT INTO "invoices" VALUES(12,1,1,'INV-2212','2026-10-31',18564400,'approved','retrieved',3,'admin','2026-11-19 10:54:45.000000',NULL,NULL,NULL,NULL,NULL);
INSERT INTO "invoices" VALUES(13,1,1,'INV-2213','2026-10-31',18578100,'approved','pending',2,'admin','2026-11-20 10:55:45.000000',NULL,NULL,NULL,NULL,NULL);
INSERT INTO "invoices" VALUES(14,2,1,'INV-2214','2026-10-31',9841800,'approved','pending',2,'admin','2026-11-18 10:56:45.000000',NULL,NULL,NULL,NULL,NULL);
INSERT INTO "invoices" VALUES(15,2,1,'INV-2215','2026-10-31',9855500,'approved','pending',2,'admin','2026-11-20 10:57:45.000000',NULL,NULL,NULL,NULL,NULL);
INSERT INTO "invoices" VALUES(16,3,1,'INV-2216','2026-10-31',13419200,'approved','pending',2,'admin','2026-11-17 10:58:45.000000',NULL,NULL,NULL,NULL,NULL);
INSERT INTO "invoices" VALUES(17,8,2,'INV-2217','2026-10-31',2332900,'approved','pending',2,'admin','2026-11-19 10:59:45.000000',NULL,NULL,NULL,NULL,NULL);
INSERT INTO "invoices" VALUES(18,9,2,'INV-2218','2026-10-31',8046600,'approved','pending',2,'admin','2026-11-20 11:00:45.000000',NULL,NULL,NULL,NULL,NULL);
INSERT INTO "invoices" VALUES(19,15,3,'INV-2219','2026-10-31',11260300,'approved','pending',2,'admin','2026-11-15 11:01:45.000000',NULL,NULL,NULL,NULL,NULL);
INSERT INTO "invoices" VALUES(20,16,3,'INV-2220','2026-10-31',2874000,'approved','pending',2,'approver2','2026-11-19 11:02:45.000000',NULL,NULL,NULL,NULL,NULL);
INSERT INTO "invoices" VALUES(21,17,3,'INV-2221','2026-10-31',1237700,'approved','pending',2,'approver2','2026-11-20 11:03:45.000000',NULL,NULL,NULL,NULL,NULL);
INSERT INTO "invoices" VALUES(22,1,1,'INV-2222','2026-10-31',18701400,'approved','rejected',3,'admin','2026-11-14 11:04:45.000000','approver','2026-11-15 11:04:46.000000','Lien waiver for the previous period is missing: attach it and re-send.',NULL,NULL);
INSERT INTO "invoices" VALUES(23,2,1,'INV-2223','2026-10-31',9965100,'approved','rejected',3,'admin','2026-11-15 11:05:45.000000','approver','2026-11-16 11:05:46.000000','Billing date is after the October close; use 2026-10-31.',NULL,NULL);
INSERT INTO "invoices" VALUES(24,3,1,'INV-2224','2026-10-31',13528800,'approved','rejected',3,'admin','2026-11-16 11:06:45.000000','approver','2026-11-17 11:06:46.000000','Amount exceeds the remaining commitment balance by $4,250.00.',NULL,NULL);
INSERT INTO "invoices" VALUES(25,9,2,'INV-2225','2026-10-31',8142500,'approved','rejected',3,'admin','2026-11-17 11:07:45.000000','approver','2026-11-18 11:07:46.000000','Invoice number duplicates INV-2210 [already paid].',NULL,NULL);
INSERT INTO "invoices" VALUES(26,15,3,'INV-2226','2026-10-31',11356200,'approved','rejected',6,'admin','2026-11-11 11:08:48.000000','approver','2026-11-12 11:08:49.000000','Retention still at 5%; the contract says 10%.',NULL,NULL);
INSERT INTO "invoices" VALUES(27,8,2,'INV-2227','2026-10-31',2469900,'approved','pending',5,'admin','2026-11-19 11:09:48.000000',NULL,NULL,'Wrong cost code on line 2.',NULL,NULL);
INSERT INTO "invoices" VALUES(28,1,1,'INV-2228','2026-10-31',18783600,'approved','retrieved',3,'admin','2026-11-18 11:10:45.000000',NULL,NULL,NULL,NULL,NULL);
INSERT INTO "invoices" VALUES(29,3,1,'INV-2229','2026-10-31',13597300,'approved','retrieved',3,'admin','2026-11-19 11:11:45.000000',NULL,NULL,NULL,NULL,NULL);
INSERT INTO "invoices" VALUES(30,9,2,'INV-2230','2026-10-31',8211000,'approved','retrieved',3,'admin','2026-11-20 11:12:45.000000',NULL,NULL,NULL,NULL,NULL);
INSERT INTO "invoices" VALUES(31,2,1,'INV-2231','2026-10-31',10074700,'approved','failed',3,'admin','2026-11-18 11:13:45.000000','approver','2026-11-19 11:13:46.000000',NULL,'Vista refused the invoice: AP period 2026-10 is closed',NULL);
INSERT INTO "invoices" VALUES(32,15,3,'INV-2232','2026-10-31',11438400,'approved','failed',3,'admin','2026-11-19 11:14:45.000000','approver','2026-11-20 11:14:46.000000',NULL,'connection to the ERP timed out after 30 s',NULL);
INSERT INTO "invoices" VALUES(33,1,1,'INV-2233','2026-10-31',18852100,'approved','not_sent',1,NULL,NULL,NULL,NULL,NULL,NULL,NULL);
INSERT INTO "invoices" VALUES(34,2,1,'INV-2234','2026-10-31',10115800,'approved','not_sent',1,NULL,NULL,NULL,NULL,NULL,NULL,NULL);
INSERT INTO "invoices" VALUES(35,3,1,'INV-2235','2026-10-31',13679500,'approved','not_sent',1,NULL,NULL,NULL,NULL,NULL,NULL,NULL);
INSERT INTO "invoices" VALUES(36,4,1,'INV-2236','2026-10-31',4618200,'approved','not_sent',1,NULL,NULL,NULL,NULL,NULL,NULL,NULL);
INSERT INTO "invoices" VALUES(37,8,2,'INV-2237','2026-10-31',2606900,'approved','not_sent',1,NULL,NULL,NULL,NULL,NULL,NULL,NULL);
INSERT INTO "invoices" VALUES(38,9,2,'INV-2238','2026-10-31',8320600,'approved','not_sent',1,NULL,NULL,NULL,NULL,NULL,NULL,NULL);
INSERT INTO "invoices" VALUES(39,15,3,'INV-2239','2026-10-31',11534300,'approved','not_sent',1,NULL,NULL,NULL,NULL,NULL,NULL,NULL);
INSERT INTO "invoices" VALUES(40,16,3,'INV-2240','2026-10-31',3148000,'approved','not_sent',1,NULL,NULL,NULL,NULL,NULL,NULL,NULL);
INSERT INTO "invoices" VALUES(41,17,3,'INV-2241','2026-10-31',1511700,'approved','not_sent',1,NULL,NULL,NULL,NULL,NULL,NULL,NULL);
INSERT INTO "invoices" VALUES(42,1,1,'INV-2242','2026-10-31',18975400,'approved','not_sent',1,NULL,NULL,NULL,NULL,NULL,NULL,NULL);
INSERT INTO "invoices" VALUES(43,2,1,'INV-2243','2026-10-31',10239100,'approved','not_sent',1,NULL,NULL,NULL,NULL,NULL,NULL,NULL);
INSERT INTO "invoices" VALUES(44,1,1,'INV-2244','2026-10-31',19002800,'draft','not_sent',1,NULL,NULL,NULL,NULL,NULL,NULL,NULL);
INSERT INTO "invoices" VALUES(45,2,1,'INV-2245','2026-10-31',10266500,'under_review','not_sent',1,NULL,NULL,NULL,NULL,NULL,NULL,NULL);
INSERT INTO "invoices" VALUES(46,3,1,'INV-2246','2026-10-31',13830200,'revise_resubmit','not_sent',1,NULL,NULL,NULL,NULL,NULL,NULL,NULL);
INSERT INTO "invoices" VALUES(47,8,2,'INV-2247','2026-10-31',2743900,'pending_owner_approval','not_sent',1,NULL,NULL,NULL,NULL,NULL,NULL,NULL);
INSERT INTO "invoices" VALUES(48,9,2,'INV-2248','2026-10-31',8457600,'approved_as_noted','not_sent',1,NULL,NULL,NULL,NULL,NULL,NULL,NULL);
INSERT INTO "invoices" VALUES(49,15,3,'INV-2249','2026-10-31',11671300,'draft','not_sent',1,NULL,NULL,NULL,NULL,NULL,NULL,NULL);
INSERT INTO "invoices" VALUES(50,16,3,'INV-2250','2026-10-31',3285000,'under_review','not_sent',1,NULL,NULL,NULL,NULL,NULL,NULL,NULL);
INSERT INTO "invoices" VALUES(51,17,3,'INV-2251','2026-10-31',1648700,'approved_as_noted','not_sent',1,NULL,NULL,NULL,NULL,NULL,NULL,NULL);
INSERT INTO "invoices" VALUES(52,1,1,'INV-2252','2026-10-31',0,'approved','not_sent',1,NULL,NULL,NULL,NULL,NULL,NULL,NULL);
INSERT INTO "invoices" VALUES(53,2,1,NULL,'2026-10-31',10376100,'approved','not_sent',1,NULL,NULL,NULL,NULL,NULL,NULL,NULL);
INSERT INTO "invoices" VALUES(54,3,1,'INV-2254',NULL,13939800,'approved','not_sent',1,NULL,NULL,NULL,NULL,NULL,NULL,NULL);
INSERT INTO "invoices" VALUES(55,8,2,NULL,'2026-10-31',0,'draft','not_sent',1,NULL,NULL,NULL,NULL,NULL,NULL,NULL);
INSERT INTO "invoices" VALUES(56,6,1,'INV-2256','2026-10-31',6167200,'approved','not_sent',1,NULL,NULL,NULL,NULL,NULL,NULL,NULL);
INSERT INTO "invoices" VALUES(57,6,1,'INV-2257','2026-10-31',6180900,'under_review','not_sent',1,NULL,NULL,NULL,NULL,NULL,NULL,NULL);
INSERT INTO "invoices" VALUES(58,5,1,'INV-2258','2026-10-31',1654600,'approved','not_sent',1,NULL,NULL,NULL,NULL,NULL,NULL,NULL);
INSERT INTO "invoices" VALUES(59,22,4,'INV-2259','2026-10-31',2408300,'approved','not_sent',1,NULL,NULL,NULL,NULL,NULL,NULL,NULL);
INSERT INTO "invoices" VALUES(60,23,4,'INV-2260','2026-10-31',0,'approved','not_sent',1,NULL,NULL,NULL,NULL,NULL,NULL,NULL);
INSERT INTO "invoices" VALUES(61,10,2,'INV-2261','2026-10-31',4135700,'approved','not_sent',1,NULL,NULL,NULL,NULL,NULL,NULL,NULL);
INSERT INTO "invoices" VALUES(62,11,2,'INV-2262','2026-10-31',3599400,'approved','not_sent',1,NULL,NULL,NULL,NULL,NULL,NULL,NULL);
INSERT INTO "invoices" VALUES(63,15,3,'INV-2263','2026-10-31',11863100,'approved','synced',3,'admin','2026-11-01 11:45:45.000000','approver','2026-11-02 11:45:46.000000',NULL,NULL,'VST-INV-000063');
INSERT INTO "invoices" VALUES(64,16,3,'INV-2264','2026-10-31',3476800,'approved','synced',3,'admin','2026-11-01 11:46:45.000000','approver','2026-11-02 11:46:46.000000',NULL,NULL,'VST-INV-000064');
INSERT INTO "invoices" VALUES(65,8,2,'INV-2265','2026-10-31',2990500,'approved','synced',3,'admin','2026-11-01 11:47:45.000000','approver','2026-11-02 11:47:46.000000',NULL,NULL,'VST-INV-000065');
INSERT INTO "invoices" VALUES(66,9,2,'INV-2266','2026-10-31',8704200,'approved','synced',3,'admin','2026-11-01 11:48:45.000000','approver','2026-11-02 11:48:46.000000',NULL,NULL,'VST-INV-000066');
CREATE TABLE meta (
	"key" VARCHAR(64) NOT NULL, 
	value TEXT NOT NULL, 
	PRIMARY KEY ("key")
);
INSERT INTO "meta" VALUES('demo','1');
INSERT INTO "meta" VALUES('erp_profile','vista');
INSERT INTO "meta" VALUES('directory_erp_synced','1');
CREATE TABLE outbox (
	id INTEGER NOT NULL, 
	created_at DATETIME NOT NULL, 
	kind VARCHAR(32) NOT NULL, 
	to_login VARCHAR(64) NOT NULL, 
	to_addr VARCHAR(200) NOT NULL, 
	subject VARCHAR(300) NOT NULL, 
	body TEXT NOT NULL, 
	item_ref VARCHAR(40), 
	status VARCHAR(16) NOT NULL, 
	attempts INTEGER NOT NULL, 
	last_error TEXT, 
	sent_at DATETIME, 
	PRIMARY KEY (id)
);
INSERT INTO "outbox" VALUES(1,'2026-05-05 10:43:45.000000','sent','approver','approver@example.test','Waiting for you: company Apex Concrete & Masonry Inc. sent to the ERP queue','admin sent company Apex Concrete & Masonry Inc. to the ERP queue.
Accept it to export it, or reject it with a reason:
  approver-tui accept company:1
  approver-tui reject company:1 --reason ''...''
','company:1','sent',0,NULL,'2026-05-05 10:43:45.000000');
INSERT INTO "outbox" VALUES(2,'2026-05-05 10:43:45.000000','sent','approver2','approver2@example.test','Waiting for you: company Apex Concrete & Masonry Inc. sent to the ERP queue','admin sent company Apex Concrete & Masonry Inc. to the ERP queue.
Accept it to export it, or reject it with a reason:
  approver-tui accept company:1
  approver-tui reject company:1 --reason ''...''
','company:1','sent',0,NULL,'2026-05-05 10:43:45.000000');
INSERT INTO "outbox" VALUES(3,'2026-05-07 10:44:45.000000','sent','approver','approver@example.test','Waiting for you: company Bayline Electrical Contractors sent to the ERP queue','admin sent company Bayline Electrical Contractors to the ERP queue.
Accept it to export it, or reject it with a reason:
  approver-tui accept company:2
  approver-tui reject company:2 --reason ''...''
','company:2','sent',0,NULL,'2026-05-07 10:44:45.000000');
INSERT INTO "outbox" VALUES(4,'2026-05-07 10:44:45.000000','sent','approver2','approver2@example.test','Waiting for you: company Bayline Electrical Contractors sent to the ERP queue','admin sent company Bayline Electrical Contractors to the ERP queue.
Accept it to export it, or reject it with a reason:
  approver-tui accept company:2
  approver-tui reject company:2 --reason ''...''
','company:2','sent',0,NULL,'2026-05-07 10:44:45.000000');
INSERT INTO "outbox" VALUES(5,'2026-05-08 10:45:45.000000','sent','approver','approver@example.test','Waiting for you: company Cascade Mechanical Services sent to the ERP queue','admin sent company Cascade Mechanical Services to the ERP queue.
Accept it to export it, or reject it with a reason:
  approver-tui accept company:3
  approver-tui reject company:3 --reason ''...''
','company:3','sent',0,NULL,'2026-05-08 10:45:45.000000');
INSERT INTO "outbox" VALUES(6,'2026-05-08 10:45:45.000000','sent','approver2','approver2@example.test','Waiting for you: company Cascade Mechanical Services sent to the ERP queue','admin sent company Cascade Mechanical Services to the ERP queue.
Accept it to export it, or reject it with a reason:
  approver-tui accept company:3
  approver-tui reject company:3 --reason ''...''
','company:3','sent',0,NULL,'2026-05-08 10:45:45.000000');
INSERT INTO "outbox" VALUES(7,'2026-05-09 10:46:45.000000','sent','approver','approver@example.test','Waiting for you: company Delta Drywall & Framing sent to the ERP queue','admin sent company Delta Drywall & Framing to the ERP queue.
Accept it to export it, or reject it with a reason:
  approver-tui accept company:4
  approver-tui reject company:4 --reason ''...''
','company:4','sent',0,NULL,'2026-05-09 10:46:45.000000');
INSERT INTO "outbox" VALUES(8,'2026-05-09 10:46:45.000000','sent','approver2','approver2@example.test','Waiting for you: company Delta Drywall & Framing sent to the ERP queue','admin sent company Delta Drywall & Framing to the ERP queue.
Accept it to export it, or reject it with a reason:
  approver-tui accept company:4
  approver-tui reject company:4 --reason ''...''
','company:4','sent',0,NULL,'2026-05-09 10:46:45.000000');
INSERT INTO "outbox" VALUES(9,'2026-05-10 10:47:45.000000','sent','approver','approver@example.test','Waiting for you: company Evergreen Landscaping Co. sent to the ERP queue','admin sent company Evergreen Landscaping Co. to the ERP queue.
Accept it to export it, or reject it with a reason:
  approver-tui accept company:5
  approver-tui reject company:5 --reason ''...''
','company:5','sent',0,NULL,'2026-05-10 10:47:45.000000');
INSERT INTO "outbox" VALUES(10,'2026-05-10 10:47:45.000000','sent','approver2','approver2@example.test','Waiting for you: company Evergreen Landscaping Co. sent to the ERP queue','admin sent company Evergreen Landscaping Co. to the ERP queue.
Accept it to export it, or reject it with a reason:
  approver-tui accept company:5
  approver-tui reject company:5 --reason ''...''
','company:5','sent',0,NULL,'2026-05-10 10:47:45.000000');
INSERT INTO "outbox" VALUES(11,'2026-05-11 10:48:45.000000','sent','approver','approver@example.test','Waiting for you: company Frontier Steel Erectors sent to the ERP queue','admin sent company Frontier Steel Erectors to the ERP queue.
Accept it to export it, or reject it with a reason:
  approver-tui accept company:6
  approver-tui reject company:6 --reason ''...''
','company:6','sent',0,NULL,'2026-05-11 10:48:45.000000');
INSERT INTO "outbox" VALUES(12,'2026-05-11 10:48:45.000000','sent','approver2','approver2@example.test','Waiting for you: company Frontier Steel Erectors sent to the ERP queue','admin sent company Frontier Steel Erectors to the ERP queue.
Accept it to export it, or reject it with a reason:
  approver-tui accept company:6
  approver-tui reject company:6 --reason ''...''
','company:6','sent',0,NULL,'2026-05-11 10:48:45.000000');
INSERT INTO "outbox" VALUES(13,'2026-05-12 10:49:45.000000','sent','approver','approver@example.test','Waiting for you: company Granite Peak Excavation sent to the ERP queue','admin sent company Granite Peak Excavation to the ERP queue.
Accept it to export it, or reject it with a reason:
  approver-tui accept company:7
  approver-tui reject company:7 --reason ''...''
','company:7','sent',0,NULL,'2026-05-12 10:49:45.000000');
INSERT INTO "outbox" VALUES(14,'2026-05-12 10:49:45.000000','sent','approver2','approver2@example.test','Waiting for you: company Granite Peak Excavation sent to the ERP queue','admin sent company Granite Peak Excavation to the ERP queue.
Accept it to export it, or reject it with a reason:
  approver-tui accept company:7
  approver-tui reject company:7 --reason ''...''
','company:7','sent',0,NULL,'2026-05-12 10:49:45.000000');
INSERT INTO "outbox" VALUES(15,'2026-05-13 10:50:45.000000','sent','approver','approver@example.test','Waiting for you: company Horizon Glass & Glazing sent to the ERP queue','admin sent company Horizon Glass & Glazing to the ERP queue.
Accept it to export it, or reject it with a reason:
  approver-tui accept company:8
  approver-tui reject company:8 --reason ''...''
','company:8','sent',0,NULL,'2026-05-13 10:50:45.000000');
INSERT INTO "outbox" VALUES(16,'2026-05-13 10:50:45.000000','sent','approver2','approver2@example.test','Waiting for you: company Horizon Glass & Glazing sent to the ERP queue','admin sent company Horizon Glass & Glazing to the ERP queue.
Accept it to export it, or reject it with a reason:
  approver-tui accept company:8
  approver-tui reject company:8 --reason ''...''
','company:8','sent',0,NULL,'2026-05-13 10:50:45.000000');
INSERT INTO "outbox" VALUES(17,'2026-05-14 10:51:45.000000','sent','approver','approver@example.test','Waiting for you: company Ironclad Roofing Systems sent to the ERP queue','admin sent company Ironclad Roofing Systems to the ERP queue.
Accept it to export it, or reject it with a reason:
  approver-tui accept company:9
  approver-tui reject company:9 --reason ''...''
','company:9','sent',0,NULL,'2026-05-14 10:51:45.000000');
INSERT INTO "outbox" VALUES(18,'2026-05-14 10:51:45.000000','sent','approver2','approver2@example.test','Waiting for you: company Ironclad Roofing Systems sent to the ERP queue','admin sent company Ironclad Roofing Systems to the ERP queue.
Accept it to export it, or reject it with a reason:
  approver-tui accept company:9
  approver-tui reject company:9 --reason ''...''
','company:9','sent',0,NULL,'2026-05-14 10:51:45.000000');
INSERT INTO "outbox" VALUES(19,'2026-05-15 10:52:45.000000','sent','approver','approver@example.test','Waiting for you: company Juniper Plumbing Partners sent to the ERP queue','admin sent company Juniper Plumbing Partners to the ERP queue.
Accept it to export it, or reject it with a reason:
  approver-tui accept company:10
  approver-tui reject company:10 --reason ''...''
','company:10','sent',0,NULL,'2026-05-15 10:52:45.000000');
INSERT INTO "outbox" VALUES(20,'2026-05-15 10:52:45.000000','sent','approver2','approver2@example.test','Waiting for you: company Juniper Plumbing Partners sent to the ERP queue','admin sent company Juniper Plumbing Partners to the ERP queue.
Accept it to export it, or reject it with a reason:
  approver-tui accept company:10
  approver-tui reject company:10 --reason ''...''
','company:10','sent',0,NULL,'2026-05-15 10:52:45.000000');
INSERT INTO "outbox" VALUES(21,'2026-06-24 10:53:45.000000','sent','approver','approver@example.test','Waiting for you: company Redwood Flooring & Tile [Interiors] sent to the ERP queue','admin sent company Redwood Flooring & Tile [Interiors] to the ERP queue.
Accept it to export it, or reject it with a reason:
  approver-tui accept company:11
  approver-tui reject company:11 --reason ''...''
','company:11','sent',0,NULL,'2026-06-24 10:53:45.000000');
INSERT INTO "outbox" VALUES(22,'2026-06-24 10:53:45.000000','sent','approver2','approver2@example.test','Waiting for you: company Redwood Flooring & Tile [Interiors] sent to the ERP queue','admin sent company Redwood Flooring & Tile [Interiors] to the ERP queue.
Accept it to export it, or reject it with a reason:
  approver-tui accept company:11
  approver-tui reject company:11 --reason ''...''
','company:11','sent',0,NULL,'2026-06-24 10:53:45.000000');
INSERT INTO "outbox" VALUES(23,'2026-07-24 10:43:45.000000','sent','approver','approver@example.test','Waiting for you: commitment SC-1001-01 sent to the ERP queue','admin sent commitment SC-1001-01 on project Harbor View Medical Center to the ERP queue.
Accept it to export it, or reject it with a reason:
  approver-tui accept commitment:1
  approver-tui reject commitment:1 --reason ''...''
','commitment:1','sent',0,NULL,'2026-07-24 10:43:45.000000');
INSERT INTO "outbox" VALUES(24,'2026-07-24 10:43:45.000000','sent','approver2','approver2@example.test','Waiting for you: commitment SC-1001-01 sent to the ERP queue','admin sent commitment SC-1001-01 on project Harbor View Medical Center to the ERP queue.
Accept it to export it, or reject it with a reason:
  approver-tui accept commitment:1
  approver-tui reject commitment:1 --reason ''...''
','commitment:1','sent',0,NULL,'2026-07-24 10:43:45.000000');
INSERT INTO "outbox" VALUES(25,'2026-07-26 10:44:45.000000','sent','approver','approver@example.test','Waiting for you: commitment SC-1001-02 sent to the ERP queue','admin sent commitment SC-1001-02 on project Harbor View Medical Center to the ERP queue.
Accept it to export it, or reject it with a reason:
  approver-tui accept commitment:2
  approver-tui reject commitment:2 --reason ''...''
','commitment:2','sent',0,NULL,'2026-07-26 10:44:45.000000');
INSERT INTO "outbox" VALUES(26,'2026-07-26 10:44:45.000000','sent','approver2','approver2@example.test','Waiting for you: commitment SC-1001-02 sent to the ERP queue','admin sent commitment SC-1001-02 on project Harbor View Medical Center to the ERP queue.
Accept it to export it, or reject it with a reason:
  approver-tui accept commitment:2
  approver-tui reject commitment:2 --reason ''...''
','commitment:2','sent',0,NULL,'2026-07-26 10:44:45.000000');
INSERT INTO "outbox" VALUES(27,'2026-07-27 10:45:45.000000','sent','approver','approver@example.test','Waiting for you: commitment SC-1001-03 sent to the ERP queue','admin sent commitment SC-1001-03 on project Harbor View Medical Center to the ERP queue.
Accept it to export it, or reject it with a reason:
  approver-tui accept commitment:3
  approver-tui reject commitment:3 --reason ''...''
','commitment:3','sent',0,NULL,'2026-07-27 10:45:45.000000');
INSERT INTO "outbox" VALUES(28,'2026-07-27 10:45:45.000000','sent','approver2','approver2@example.test','Waiting for you: commitment SC-1001-03 sent to the ERP queue','admin sent commitment SC-1001-03 on project Harbor View Medical Center to the ERP queue.
Accept it to export it, or reject it with a reason:
  approver-tui accept commitment:3
  approver-tui reject commitment:3 --reason ''...''
','commitment:3','sent',0,NULL,'2026-07-27 10:45:45.000000');
INSERT INTO "outbox" VALUES(29,'2026-07-28 10:46:45.000000','sent','approver','approver@example.test','Waiting for you: commitment PO-1001-04 sent to the ERP queue','admin sent commitment PO-1001-04 on project Harbor View Medical Center to the ERP queue.
Accept it to export it, or reject it with a reason:
  approver-tui accept commitment:4
  approver-tui reject commitment:4 --reason ''...''
','commitment:4','sent',0,NULL,'2026-07-28 10:46:45.000000');
INSERT INTO "outbox" VALUES(30,'2026-07-28 10:46:45.000000','sent','approver2','approver2@example.test','Waiting for you: commitment PO-1001-04 sent to the ERP queue','admin sent commitment PO-1001-04 on project Harbor View Medical Center to the ERP queue.
Accept it to export it, or reject it with a reason:
  approver-tui accept commitment:4
  approver-tui reject commitment:4 --reason ''...''
','commitment:4','sent',0,NULL,'2026-07-28 10:46:45.000000');
INSERT INTO "outbox" VALUES(31,'2026-08-03 10:50:45.000000','sent','approver','approver@example.test','Waiting for you: commitment SC-1002-01 sent to the ERP queue','admin sent commitment SC-1002-01 on project Riverside Elementary School to the ERP queue.
Accept it to export it, or reject it with a reason:
  approver-tui accept commitment:8
  approver-tui reject commitment:8 --reason ''...''
','commitment:8','sent',0,NULL,'2026-08-03 10:50:45.000000');
INSERT INTO "outbox" VALUES(32,'2026-08-03 10:50:45.000000','sent','approver2','approver2@example.test','Waiting for you: commitment SC-1002-01 sent to the ERP queue','admin sent commitment SC-1002-01 on project Riverside Elementary School to the ERP queue.
Accept it to export it, or reject it with a reason:
  approver-tui accept commitment:8
  approver-tui reject commitment:8 --reason ''...''
','commitment:8','sent',0,NULL,'2026-08-03 10:50:45.000000');
INSERT INTO "outbox" VALUES(33,'2026-08-04 10:51:45.000000','sent','approver','approver@example.test','Waiting for you: commitment SC-1002-02 sent to the ERP queue','admin sent commitment SC-1002-02 on project Riverside Elementary School to the ERP queue.
Accept it to export it, or reject it with a reason:
  approver-tui accept commitment:9
  approver-tui reject commitment:9 --reason ''...''
','commitment:9','sent',0,NULL,'2026-08-04 10:51:45.000000');
INSERT INTO "outbox" VALUES(34,'2026-08-04 10:51:45.000000','sent','approver2','approver2@example.test','Waiting for you: commitment SC-1002-02 sent to the ERP queue','admin sent commitment SC-1002-02 on project Riverside Elementary School to the ERP queue.
Accept it to export it, or reject it with a reason:
  approver-tui accept commitment:9
  approver-tui reject commitment:9 --reason ''...''
','commitment:9','sent',0,NULL,'2026-08-04 10:51:45.000000');
INSERT INTO "outbox" VALUES(35,'2026-08-13 10:57:45.000000','sent','approver','approver@example.test','Waiting for you: commitment SC-1003-01 sent to the ERP queue','admin sent commitment SC-1003-01 on project Northgate Parking Structure to the ERP queue.
Accept it to export it, or reject it with a reason:
  approver-tui accept commitment:15
  approver-tui reject commitment:15 --reason ''...''
','commitment:15','sent',0,NULL,'2026-08-13 10:57:45.000000');
INSERT INTO "outbox" VALUES(36,'2026-08-13 10:57:45.000000','sent','approver2','approver2@example.test','Waiting for you: commitment SC-1003-01 sent to the ERP queue','admin sent commitment SC-1003-01 on project Northgate Parking Structure to the ERP queue.
Accept it to export it, or reject it with a reason:
  approver-tui accept commitment:15
  approver-tui reject commitment:15 --reason ''...''
','commitment:15','sent',0,NULL,'2026-08-13 10:57:45.000000');
INSERT INTO "outbox" VALUES(37,'2026-08-14 10:58:45.000000','sent','approver','approver@example.test','Waiting for you: commitment SC-1003-02 sent to the ERP queue','admin sent commitment SC-1003-02 on project Northgate Parking Structure to the ERP queue.
Accept it to export it, or reject it with a reason:
  approver-tui accept commitment:16
  approver-tui reject commitment:16 --reason ''...''
','commitment:16','sent',0,NULL,'2026-08-14 10:58:45.000000');
INSERT INTO "outbox" VALUES(38,'2026-08-14 10:58:45.000000','sent','approver2','approver2@example.test','Waiting for you: commitment SC-1003-02 sent to the ERP queue','admin sent commitment SC-1003-02 on project Northgate Parking Structure to the ERP queue.
Accept it to export it, or reject it with a reason:
  approver-tui accept commitment:16
  approver-tui reject commitment:16 --reason ''...''
','commitment:16','sent',0,NULL,'2026-08-14 10:58:45.000000');
INSERT INTO "outbox" VALUES(39,'2026-08-15 10:59:45.000000','sent','approver','approver@example.test','Waiting for you: commitment SC-1003-03 sent to the ERP queue','admin sent commitment SC-1003-03 on project Northgate Parking Structure to the ERP queue.
Accept it to export it, or reject it with a reason:
  approver-tui accept commitment:17
  approver-tui reject commitment:17 --reason ''...''
','commitment:17','sent',0,NULL,'2026-08-15 10:59:45.000000');
INSERT INTO "outbox" VALUES(40,'2026-08-15 10:59:45.000000','sent','approver2','approver2@example.test','Waiting for you: commitment SC-1003-03 sent to the ERP queue','admin sent commitment SC-1003-03 on project Northgate Parking Structure to the ERP queue.
Accept it to export it, or reject it with a reason:
  approver-tui accept commitment:17
  approver-tui reject commitment:17 --reason ''...''
','commitment:17','sent',0,NULL,'2026-08-15 10:59:45.000000');
INSERT INTO "outbox" VALUES(41,'2026-09-22 10:43:45.000000','sent','approver','approver@example.test','Waiting for you: subcontractor invoice INV-2201 sent to the ERP queue','admin sent subcontractor invoice INV-2201 on project Harbor View Medical Center to the ERP queue.
Accept it to export it, or reject it with a reason:
  approver-tui accept invoice:1
  approver-tui reject invoice:1 --reason ''...''
','invoice:1','sent',0,NULL,'2026-09-22 10:43:45.000000');
INSERT INTO "outbox" VALUES(42,'2026-09-22 10:43:45.000000','sent','approver2','approver2@example.test','Waiting for you: subcontractor invoice INV-2201 sent to the ERP queue','admin sent subcontractor invoice INV-2201 on project Harbor View Medical Center to the ERP queue.
Accept it to export it, or reject it with a reason:
  approver-tui accept invoice:1
  approver-tui reject invoice:1 --reason ''...''
','invoice:1','sent',0,NULL,'2026-09-22 10:43:45.000000');
INSERT INTO "outbox" VALUES(43,'2026-09-22 10:43:45.000000','sent','invoices-only','ivy@example.test','Waiting for you: subcontractor invoice INV-2201 sent to the ERP queue','admin sent subcontractor invoice INV-2201 on project Harbor View Medical Center to the ERP queue.
Accept it to export it, or reject it with a reason:
  approver-tui accept invoice:1
  approver-tui reject invoice:1 --reason ''...''
','invoice:1','sent',0,NULL,'2026-09-22 10:43:45.000000');
INSERT INTO "outbox" VALUES(44,'2026-10-02 10:45:45.000000','sent','approver','approver@example.test','Waiting for you: subcontractor invoice INV-2203 sent to the ERP queue','admin sent subcontractor invoice INV-2203 on project Harbor View Medical Center to the ERP queue.
Accept it to export it, or reject it with a reason:
  approver-tui accept invoice:3
  approver-tui reject invoice:3 --reason ''...''
','invoice:3','sent',0,NULL,'2026-10-02 10:45:45.000000');
INSERT INTO "outbox" VALUES(45,'2026-10-02 10:45:45.000000','sent','approver2','approver2@example.test','Waiting for you: subcontractor invoice INV-2203 sent to the ERP queue','admin sent subcontractor invoice INV-2203 on project Harbor View Medical Center to the ERP queue.
Accept it to export it, or reject it with a reason:
  approver-tui accept invoice:3
  approver-tui reject invoice:3 --reason ''...''
','invoice:3','sent',0,NULL,'2026-10-02 10:45:45.000000');
INSERT INTO "outbox" VALUES(46,'2026-10-02 10:45:45.000000','sent','invoices-only','ivy@example.test','Waiting for you: subcontractor invoice INV-2203 sent to the ERP queue','admin sent subcontractor invoice INV-2203 on project Harbor View Medical Center to the ERP queue.
Accept it to export it, or reject it with a reason:
  approver-tui accept invoice:3
  approver-tui reject invoice:3 --reason ''...''
','invoice:3','sent',0,NULL,'2026-10-02 10:45:45.000000');
INSERT INTO "outbox" VALUES(47,'2026-10-07 10:44:45.000000','sent','approver','approver@example.test','Waiting for you: subcontractor invoice INV-2202 sent to the ERP queue','admin sent subcontractor invoice INV-2202 on project Harbor View Medical Center to the ERP queue.
Accept it to export it, or reject it with a reason:
  approver-tui accept invoice:2
  approver-tui reject invoice:2 --reason ''...''
','invoice:2','sent',0,NULL,'2026-10-07 10:44:45.000000');
INSERT INTO "outbox" VALUES(48,'2026-10-07 10:44:45.000000','sent','approver2','approver2@example.test','Waiting for you: subcontractor invoice INV-2202 sent to the ERP queue','admin sent subcontractor invoice INV-2202 on project Harbor View Medical Center to the ERP queue.
Accept it to export it, or reject it with a reason:
  approver-tui accept invoice:2
  approver-tui reject invoice:2 --reason ''...''
','invoice:2','sent',0,NULL,'2026-10-07 10:44:45.000000');
INSERT INTO "outbox" VALUES(49,'2026-10-07 10:44:45.000000','sent','invoices-only','ivy@example.test','Waiting for you: subcontractor invoice INV-2202 sent to the ERP queue','admin sent subcontractor invoice INV-2202 on project Harbor View Medical Center to the ERP queue.
Accept it to export it, or reject it with a reason:
  approver-tui accept invoice:2
  approver-tui reject invoice:2 --reason ''...''
','invoice:2','sent',0,NULL,'2026-10-07 10:44:45.000000');
INSERT INTO "outbox" VALUES(50,'2026-10-12 10:46:45.000000','sent','approver','approver@example.test','Waiting for you: subcontractor invoice INV-2204 sent to the ERP queue','admin sent subcontractor invoice INV-2204 on project Harbor View Medical Center to the ERP queue.
Accept it to export it, or reject it with a reason:
  approver-tui accept invoice:4
  approver-tui reject invoice:4 --reason ''...''
','invoice:4','sent',0,NULL,'2026-10-12 10:46:45.000000');
INSERT INTO "outbox" VALUES(51,'2026-10-12 10:46:45.000000','sent','approver2','approver2@example.test','Waiting for you: subcontractor invoice INV-2204 sent to the ERP queue','admin sent subcontractor invoice INV-2204 on project Harbor View Medical Center to the ERP queue.
Accept it to export it, or reject it with a reason:
  approver-tui accept invoice:4
  approver-tui reject invoice:4 --reason ''...''
','invoice:4','sent',0,NULL,'2026-10-12 10:46:45.000000');
INSERT INTO "outbox" VALUES(52,'2026-10-12 10:46:45.000000','sent','invoices-only','ivy@example.test','Waiting for you: subcontractor invoice INV-2204 sent to the ERP queue','admin sent subcontractor invoice INV-2204 on project Harbor View Medical Center to the ERP queue.
Accept it to export it, or reject it with a reason:
  approver-tui accept invoice:4
  approver-tui reject invoice:4 --reason ''...''
','invoice:4','sent',0,NULL,'2026-10-12 10:46:45.000000');
INSERT INTO "outbox" VALUES(53,'2026-10-14 10:47:45.000000','sent','approver','approver@example.test','Waiting for you: subcontractor invoice INV-2205 sent to the ERP queue','admin sent subcontractor invoice INV-2205 on project Riverside Elementary School to the ERP queue.
Accept it to export it, or reject it with a reason:
  approver-tui accept invoice:5
  approver-tui reject invoice:5 --reason ''...''
','invoice:5','sent',0,NULL,'2026-10-14 10:47:45.000000');
INSERT INTO "outbox" VALUES(54,'2026-10-14 10:47:45.000000','sent','approver2','approver2@example.test','Waiting for you: subcontractor invoice INV-2205 sent to the ERP queue','admin sent subcontractor invoice INV-2205 on project Riverside Elementary School to the ERP queue.
Accept it to export it, or reject it with a reason:
  approver-tui accept invoice:5
  approver-tui reject invoice:5 --reason ''...''
','invoice:5','sent',0,NULL,'2026-10-14 10:47:45.000000');
INSERT INTO "outbox" VALUES(55,'2026-10-14 10:47:45.000000','sent','invoices-only','ivy@example.test','Waiting for you: subcontractor invoice INV-2205 sent to the ERP queue','admin sent subcontractor invoice INV-2205 on project Riverside Elementary School to the ERP queue.
Accept it to export it, or reject it with a reason:
  approver-tui accept invoice:5
  approver-tui reject invoice:5 --reason ''...''
','invoice:5','sent',0,NULL,'2026-10-14 10:47:45.000000');
INSERT INTO "outbox" VALUES(56,'2026-10-17 10:48:45.000000','sent','approver','approver@example.test','Waiting for you: subcontractor invoice INV-2206 sent to the ERP queue','admin sent subcontractor invoice INV-2206 on project Riverside Elementary School to the ERP queue.
Accept it to export it, or reject it with a reason:
  approver-tui accept invoice:6
  approver-tui reject invoice:6 --reason ''...''
','invoice:6','sent',0,NULL,'2026-10-17 10:48:45.000000');
INSERT INTO "outbox" VALUES(57,'2026-10-17 10:48:45.000000','sent','approver2','approver2@example.test','Waiting for you: subcontractor invoice INV-2206 sent to the ERP queue','admin sent subcontractor invoice INV-2206 on project Riverside Elementary School to the ERP queue.
Accept it to export it, or reject it with a reason:
  approver-tui accept invoice:6
  approver-tui reject invoice:6 --reason ''...''
','invoice:6','sent',0,NULL,'2026-10-17 10:48:45.000000');
INSERT INTO "outbox" VALUES(58,'2026-10-17 10:48:45.000000','sent','invoices-only','ivy@example.test','Waiting for you: subcontractor invoice INV-2206 sent to the ERP queue','admin sent subcontractor invoice INV-2206 on project Riverside Elementary School to the ERP queue.
Accept it to export it, or reject it with a reason:
  approver-tui accept invoice:6
  approver-tui reject invoice:6 --reason ''...''
','invoice:6','sent',0,NULL,'2026-10-17 10:48:45.000000');
INSERT INTO "outbox" VALUES(59,'2026-10-19 10:49:45.000000','sent','approver','approver@example.test','Waiting for you: subcontractor invoice INV-2207 sent to the ERP queue','admin sent subcontractor invoice INV-2207 on project Northgate Parking Structure to the ERP queue.
Accept it to export it, or reject it with a reason:
  approver-tui accept invoice:7
  approver-tui reject invoice:7 --reason ''...''
','invoice:7','sent',0,NULL,'2026-10-19 10:49:45.000000');
INSERT INTO "outbox" VALUES(60,'2026-10-19 10:49:45.000000','sent','approver2','approver2@example.test','Waiting for you: subcontractor invoice INV-2207 sent to the ERP queue','admin sent subcontractor invoice INV-2207 on project Northgate Parking Structure to the ERP queue.
Accept it to export it, or reject it with a reason:
  approver-tui accept invoice:7
  approver-tui reject invoice:7 --reason ''...''
','invoice:7','sent',0,NULL,'2026-10-19 10:49:45.000000');
INSERT INTO "outbox" VALUES(61,'2026-10-19 10:49:45.000000','sent','invoices-only','ivy@example.test','Waiting for you: subcontractor invoice INV-2207 sent to the ERP queue','admin sent subcontractor invoice INV-2207 on project Northgate Parking Structure to the ERP queue.
Accept it to export it, or reject it with a reason:
  approver-tui accept invoice:7
  approver-tui reject invoice:7 --reason ''...''
','invoice:7','sent',0,NULL,'2026-10-19 10:49:45.000000');
INSERT INTO "outbox" VALUES(62,'2026-10-22 10:50:45.000000','sent','approver','approver@example.test','Waiting for you: subcontractor invoice INV-2208 sent to the ERP queue','admin sent subcontractor invoice INV-2208 on project Northgate Parking Structure to the ERP queue.
Accept it to export it, or reject it with a reason:
  approver-tui accept invoice:8
  approver-tui reject invoice:8 --reason ''...''
','invoice:8','sent',0,NULL,'2026-10-22 10:50:45.000000');
INSERT INTO "outbox" VALUES(63,'2026-10-22 10:50:45.000000','sent','approver2','approver2@example.test','Waiting for you: subcontractor invoice INV-2208 sent to the ERP queue','admin sent subcontractor invoice INV-2208 on project Northgate Parking Structure to the ERP queue.
Accept it to export it, or reject it with a reason:
  approver-tui accept invoice:8
  approver-tui reject invoice:8 --reason ''...''
','invoice:8','sent',0,NULL,'2026-10-22 10:50:45.000000');
INSERT INTO "outbox" VALUES(64,'2026-10-22 10:50:45.000000','sent','invoices-only','ivy@example.test','Waiting for you: subcontractor invoice INV-2208 sent to the ERP queue','admin sent subcontractor invoice INV-2208 on project Northgate Parking Structure to the ERP queue.
Accept it to export it, or reject it with a reason:
  approver-tui accept invoice:8
  approver-tui reject invoice:8 --reason ''...''
','invoice:8','sent',0,NULL,'2026-10-22 10:50:45.000000');
INSERT INTO "outbox" VALUES(65,'2026-10-22 11:02:45.000000','sent','approver','approver@example.test','Waiting for you: company Tidewater Surveying sent to the ERP queue','admin sent company Tidewater Surveying to the ERP queue.
Accept it to export it, or reject it with a reason:
  approver-tui accept company:20
  approver-tui reject company:20 --reason ''...''
','company:20','sent',0,NULL,'2026-10-22 11:02:45.000000');
INSERT INTO "outbox" VALUES(66,'2026-10-22 11:02:45.000000','sent','approver2','approver2@example.test','Waiting for you: company Tidewater Surveying sent to the ERP queue','admin sent company Tidewater Surveying to the ERP queue.
Accept it to export it, or reject it with a reason:
  approver-tui accept company:20
  approver-tui reject company:20 --reason ''...''
','company:20','sent',0,NULL,'2026-10-22 11:02:45.000000');
INSERT INTO "outbox" VALUES(67,'2026-10-23 11:02:46.000000','rejected','admin','admin@example.test','Rejected: company Tidewater Surveying','approver rejected company Tidewater Surveying, which you sent to the ERP queue.

Reason: Missing remit-to address.

What to do next: fix what the reason asks for, then send it back:
  approver-tui edit company:20 --set FIELD=VALUE
  approver-tui resend company:20
','company:20','sent',0,NULL,'2026-10-23 11:02:46.000000');
INSERT INTO "outbox" VALUES(68,'2026-10-24 10:51:45.000000','sent','approver','approver@example.test','Waiting for you: subcontractor invoice INV-2209 sent to the ERP queue','admin sent subcontractor invoice INV-2209 on project Northgate Parking Structure to the ERP queue.
Accept it to export it, or reject it with a reason:
  approver-tui accept invoice:9
  approver-tui reject invoice:9 --reason ''...''
','invoice:9','sent',0,NULL,'2026-10-24 10:51:45.000000');
INSERT INTO "outbox" VALUES(69,'2026-10-24 10:51:45.000000','sent','approver2','approver2@example.test','Waiting for you: subcontractor invoice INV-2209 sent to the ERP queue','admin sent subcontractor invoice INV-2209 on project Northgate Parking Structure to the ERP queue.
Accept it to export it, or reject it with a reason:
  approver-tui accept invoice:9
  approver-tui reject invoice:9 --reason ''...''
','invoice:9','sent',0,NULL,'2026-10-24 10:51:45.000000');
INSERT INTO "outbox" VALUES(70,'2026-10-24 10:51:45.000000','sent','invoices-only','ivy@example.test','Waiting for you: subcontractor invoice INV-2209 sent to the ERP queue','admin sent subcontractor invoice INV-2209 on project Northgate Parking Structure to the ERP queue.
Accept it to export it, or reject it with a reason:
  approver-tui accept invoice:9
  approver-tui reject invoice:9 --reason ''...''
','invoice:9','sent',0,NULL,'2026-10-24 10:51:45.000000');
INSERT INTO "outbox" VALUES(71,'2026-10-26 10:52:45.000000','sent','approver','approver@example.test','Waiting for you: subcontractor invoice INV-2210 sent to the ERP queue','admin sent subcontractor invoice INV-2210 on project Harbor View Medical Center to the ERP queue.
Accept it to export it, or reject it with a reason:
  approver-tui accept invoice:10
  approver-tui reject invoice:10 --reason ''...''
','invoice:10','sent',0,NULL,'2026-10-26 10:52:45.000000');
INSERT INTO "outbox" VALUES(72,'2026-10-26 10:52:45.000000','sent','approver2','approver2@example.test','Waiting for you: subcontractor invoice INV-2210 sent to the ERP queue','admin sent subcontractor invoice INV-2210 on project Harbor View Medical Center to the ERP queue.
Accept it to export it, or reject it with a reason:
  approver-tui accept invoice:10
  approver-tui reject invoice:10 --reason ''...''
','invoice:10','sent',0,NULL,'2026-10-26 10:52:45.000000');
INSERT INTO "outbox" VALUES(73,'2026-10-26 10:52:45.000000','sent','invoices-only','ivy@example.test','Waiting for you: subcontractor invoice INV-2210 sent to the ERP queue','admin sent subcontractor invoice INV-2210 on project Harbor View Medical Center to the ERP queue.
Accept it to export it, or reject it with a reason:
  approver-tui accept invoice:10
  approver-tui reject invoice:10 --reason ''...''
','invoice:10','sent',0,NULL,'2026-10-26 10:52:45.000000');
INSERT INTO "outbox" VALUES(74,'2026-11-01 11:45:45.000000','sent','approver','approver@example.test','Waiting for you: subcontractor invoice INV-2263 sent to the ERP queue','admin sent subcontractor invoice INV-2263 on project Northgate Parking Structure to the ERP queue.
Accept it to export it, or reject it with a reason:
  approver-tui accept invoice:63
  approver-tui reject invoice:63 --reason ''...''
','invoice:63','sent',0,NULL,'2026-11-01 11:45:45.000000');
INSERT INTO "outbox" VALUES(75,'2026-11-01 11:45:45.000000','sent','approver2','approver2@example.test','Waiting for you: subcontractor invoice INV-2263 sent to the ERP queue','admin sent subcontractor invoice INV-2263 on project Northgate Parking Structure to the ERP queue.
Accept it to export it, or reject it with a reason:
  approver-tui accept invoice:63
  approver-tui reject invoice:63 --reason ''...''
','invoice:63','sent',0,NULL,'2026-11-01 11:45:45.000000');
INSERT INTO "outbox" VALUES(76,'2026-11-01 11:45:45.000000','sent','invoices-only','ivy@example.test','Waiting for you: subcontractor invoice INV-2263 sent to the ERP queue','admin sent subcontractor invoice INV-2263 on project Northgate Parking Structure to the ERP queue.
Accept it to export it, or reject it with a reason:
  approver-tui accept invoice:63
  approver-tui reject invoice:63 --reason ''...''
','invoice:63','sent',0,NULL,'2026-11-01 11:45:45.000000');
INSERT INTO "outbox" VALUES(77,'2026-11-01 11:46:45.000000','sent','approver','approver@example.test','Waiting for you: subcontractor invoice INV-2264 sent to the ERP queue','admin sent subcontractor invoice INV-2264 on project Northgate Parking Structure to the ERP queue.
Accept it to export it, or reject it with a reason:
  approver-tui accept invoice:64
  approver-tui reject invoice:64 --reason ''...''
','invoice:64','sent',0,NULL,'2026-11-01 11:46:45.000000');
INSERT INTO "outbox" VALUES(78,'2026-11-01 11:46:45.000000','sent','approver2','approver2@example.test','Waiting for you: subcontractor invoice INV-2264 sent to the ERP queue','admin sent subcontractor invoice INV-2264 on project Northgate Parking Structure to the ERP queue.
Accept it to export it, or reject it with a reason:
  approver-tui accept invoice:64
  approver-tui reject invoice:64 --reason ''...''
','invoice:64','sent',0,NULL,'2026-11-01 11:46:45.000000');
INSERT INTO "outbox" VALUES(79,'2026-11-01 11:46:45.000000','sent','invoices-only','ivy@example.test','Waiting for you: subcontractor invoice INV-2264 sent to the ERP queue','admin sent subcontractor invoice INV-2264 on project Northgate Parking Structure to the ERP queue.
Accept it to export it, or reject it with a reason:
  approver-tui accept invoice:64
  approver-tui reject invoice:64 --reason ''...''
','invoice:64','sent',0,NULL,'2026-11-01 11:46:45.000000');
INSERT INTO "outbox" VALUES(80,'2026-11-01 11:47:45.000000','sent','approver','approver@example.test','Waiting for you: subcontractor invoice INV-2265 sent to the ERP queue','admin sent subcontractor invoice INV-2265 on project Riverside Elementary School to the ERP queue.
Accept it to export it, or reject it with a reason:
  approver-tui accept invoice:65
  approver-tui reject invoice:65 --reason ''...''
','invoice:65','sent',0,NULL,'2026-11-01 11:47:45.000000');
INSERT INTO "outbox" VALUES(81,'2026-11-01 11:47:45.000000','sent','approver2','approver2@example.test','Waiting for you: subcontractor invoice INV-2265 sent to the ERP queue','admin sent subcontractor invoice INV-2265 on project Riverside Elementary School to the ERP queue.
Accept it to export it, or reject it with a reason:
  approver-tui accept invoice:65
  approver-tui reject invoice:65 --reason ''...''
','invoice:65','sent',0,NULL,'2026-11-01 11:47:45.000000');
INSERT INTO "outbox" VALUES(82,'2026-11-01 11:47:45.000000','sent','invoices-only','ivy@example.test','Waiting for you: subcontractor invoice INV-2265 sent to the ERP queue','admin sent subcontractor invoice INV-2265 on project Riverside Elementary School to the ERP queue.
Accept it to export it, or reject it with a reason:
  approver-tui accept invoice:65
  approver-tui reject invoice:65 --reason ''...''
','invoice:65','sent',0,NULL,'2026-11-01 11:47:45.000000');
INSERT INTO "outbox" VALUES(83,'2026-11-01 11:48:45.000000','sent','approver','approver@example.test','Waiting for you: subcontractor invoice INV-2266 sent to the ERP queue','admin sent subcontractor invoice INV-2266 on project Riverside Elementary School to the ERP queue.
Accept it to export it, or reject it with a reason:
  approver-tui accept invoice:66
  approver-tui reject invoice:66 --reason ''...''
','invoice:66','sent',0,NULL,'2026-11-01 11:48:45.000000');
INSERT INTO "outbox" VALUES(84,'2026-11-01 11:48:45.000000','sent','approver2','approver2@example.test','Waiting for you: subcontractor invoice INV-2266 sent to the ERP queue','admin sent subcontractor invoice INV-2266 on project Riverside Elementary School to the ERP queue.
Accept it to export it, or reject it with a reason:
  approver-tui accept invoice:66
  approver-tui reject invoice:66 --reason ''...''
','invoice:66','sent',0,NULL,'2026-11-01 11:48:45.000000');
INSERT INTO "outbox" VALUES(85,'2026-11-01 11:48:45.000000','sent','invoices-only','ivy@example.test','Waiting for you: subcontractor invoice INV-2266 sent to the ERP queue','admin sent subcontractor invoice INV-2266 on project Riverside Elementary School to the ERP queue.
Accept it to export it, or reject it with a reason:
  approver-tui accept invoice:66
  approver-tui reject invoice:66 --reason ''...''
','invoice:66','sent',0,NULL,'2026-11-01 11:48:45.000000');
INSERT INTO "outbox" VALUES(86,'2026-11-09 11:08:45.000000','sent','approver','approver@example.test','Waiting for you: subcontractor invoice INV-2226 sent to the ERP queue','admin sent subcontractor invoice INV-2226 on project Northgate Parking Structure to the ERP queue.
Accept it to export it, or reject it with a reason:
  approver-tui accept invoice:26
  approver-tui reject invoice:26 --reason ''...''
','invoice:26','sent',0,NULL,'2026-11-09 11:08:45.000000');
INSERT INTO "outbox" VALUES(87,'2026-11-09 11:08:45.000000','sent','approver2','approver2@example.test','Waiting for you: subcontractor invoice INV-2226 sent to the ERP queue','admin sent subcontractor invoice INV-2226 on project Northgate Parking Structure to the ERP queue.
Accept it to export it, or reject it with a reason:
  approver-tui accept invoice:26
  approver-tui reject invoice:26 --reason ''...''
','invoice:26','sent',0,NULL,'2026-11-09 11:08:45.000000');
INSERT INTO "outbox" VALUES(88,'2026-11-09 11:08:45.000000','sent','invoices-only','ivy@example.test','Waiting for you: subcontractor invoice INV-2226 sent to the ERP queue','admin sent subcontractor invoice INV-2226 on project Northgate Parking Structure to the ERP queue.
Accept it to export it, or reject it with a reason:
  approver-tui accept invoice:26
  approver-tui reject invoice:26 --reason ''...''
','invoice:26','sent',0,NULL,'2026-11-09 11:08:45.000000');
INSERT INTO "outbox" VALUES(89,'2026-11-10 11:08:46.000000','rejected','admin','admin@example.test','Rejected: subcontractor invoice INV-2226','approver rejected subcontractor invoice INV-2226, which you sent to the ERP queue.

Reason: Retention was not withheld.

What to do next: fix what the reason asks for, then send it back:
  approver-tui edit invoice:26 --set FIELD=VALUE
  approver-tui resend invoice:26
','invoice:26','sent',0,NULL,'2026-11-10 11:08:46.000000');
INSERT INTO "outbox" VALUES(90,'2026-11-11 11:08:48.000000','resent','approver','approver@example.test','Waiting for you: subcontractor invoice INV-2226 re-sent to the ERP queue','admin re-sent subcontractor invoice INV-2226 on project Northgate Parking Structure to the ERP queue.
Accept it to export it, or reject it with a reason:
  approver-tui accept invoice:26
  approver-tui reject invoice:26 --reason ''...''
','invoice:26','sent',0,NULL,'2026-11-11 11:08:48.000000');
INSERT INTO "outbox" VALUES(91,'2026-11-11 11:08:48.000000','resent','approver2','approver2@example.test','Waiting for you: subcontractor invoice INV-2226 re-sent to the ERP queue','admin re-sent subcontractor invoice INV-2226 on project Northgate Parking Structure to the ERP queue.
Accept it to export it, or reject it with a reason:
  approver-tui accept invoice:26
  approver-tui reject invoice:26 --reason ''...''
','invoice:26','sent',0,NULL,'2026-11-11 11:08:48.000000');
INSERT INTO "outbox" VALUES(92,'2026-11-11 11:08:48.000000','resent','invoices-only','ivy@example.test','Waiting for you: subcontractor invoice INV-2226 re-sent to the ERP queue','admin re-sent subcontractor invoice INV-2226 on project Northgate Parking Structure to the ERP queue.
Accept it to export it, or reject it with a reason:
  approver-tui accept invoice:26
  approver-tui reject invoice:26 --reason ''...''
','invoice:26','sent',0,NULL,'2026-11-11 11:08:48.000000');
INSERT INTO "outbox" VALUES(93,'2026-11-12 11:08:49.000000','rejected','admin','admin@example.test','Rejected: subcontractor invoice INV-2226','approver rejected subcontractor invoice INV-2226, which you sent to the ERP queue.

Reason: Retention still at 5%; the contract says 10%.

What to do next: fix what the reason asks for, then send it back:
  approver-tui edit invoice:26 --set FIELD=VALUE
  approver-tui resend invoice:26
','invoice:26','sent',0,NULL,'2026-11-12 11:08:49.000000');
INSERT INTO "outbox" VALUES(94,'2026-11-12 11:09:45.000000','sent','approver','approver@example.test','Waiting for you: subcontractor invoice INV-2227 sent to the ERP queue','admin sent subcontractor invoice INV-2227 on project Riverside Elementary School to the ERP queue.
Accept it to export it, or reject it with a reason:
  approver-tui accept invoice:27
  approver-tui reject invoice:27 --reason ''...''
','invoice:27','sent',0,NULL,'2026-11-12 11:09:45.000000');
INSERT INTO "outbox" VALUES(95,'2026-11-12 11:09:45.000000','sent','approver2','approver2@example.test','Waiting for you: subcontractor invoice INV-2227 sent to the ERP queue','admin sent subcontractor invoice INV-2227 on project Riverside Elementary School to the ERP queue.
Accept it to export it, or reject it with a reason:
  approver-tui accept invoice:27
  approver-tui reject invoice:27 --reason ''...''
','invoice:27','sent',0,NULL,'2026-11-12 11:09:45.000000');
INSERT INTO "outbox" VALUES(96,'2026-11-12 11:09:45.000000','sent','invoices-only','ivy@example.test','Waiting for you: subcontractor invoice INV-2227 sent to the ERP queue','admin sent subcontractor invoice INV-2227 on project Riverside Elementary School to the ERP queue.
Accept it to export it, or reject it with a reason:
  approver-tui accept invoice:27
  approver-tui reject invoice:27 --reason ''...''
','invoice:27','sent',0,NULL,'2026-11-12 11:09:45.000000');
INSERT INTO "outbox" VALUES(97,'2026-11-13 10:57:45.000000','sent','approver','approver@example.test','Waiting for you: company Meridian Waterproofing sent to the ERP queue','admin sent company Meridian Waterproofing to the ERP queue.
Accept it to export it, or reject it with a reason:
  approver-tui accept company:15
  approver-tui reject company:15 --reason ''...''
','company:15','sent',0,NULL,'2026-11-13 10:57:45.000000');
INSERT INTO "outbox" VALUES(98,'2026-11-13 10:57:45.000000','sent','approver2','approver2@example.test','Waiting for you: company Meridian Waterproofing sent to the ERP queue','admin sent company Meridian Waterproofing to the ERP queue.
Accept it to export it, or reject it with a reason:
  approver-tui accept company:15
  approver-tui reject company:15 --reason ''...''
','company:15','sent',0,NULL,'2026-11-13 10:57:45.000000');
INSERT INTO "outbox" VALUES(99,'2026-11-13 11:09:46.000000','rejected','admin','admin@example.test','Rejected: subcontractor invoice INV-2227','approver rejected subcontractor invoice INV-2227, which you sent to the ERP queue.

Reason: Wrong cost code on line 2.

What to do next: fix what the reason asks for, then send it back:
  approver-tui edit invoice:27 --set FIELD=VALUE
  approver-tui resend invoice:27
','invoice:27','sent',0,NULL,'2026-11-13 11:09:46.000000');
INSERT INTO "outbox" VALUES(100,'2026-11-14 10:57:46.000000','rejected','admin','admin@example.test','Rejected: company Meridian Waterproofing','approver rejected company Meridian Waterproofing, which you sent to the ERP queue.

Reason: The legal name does not match the W-9 on file; correct it to the name on the tax form.

What to do next: fix what the reason asks for, then send it back:
  approver-tui edit company:15 --set FIELD=VALUE
  approver-tui resend company:15
','company:15','sent',0,NULL,'2026-11-14 10:57:46.000000');
INSERT INTO "outbox" VALUES(101,'2026-11-14 11:04:45.000000','sent','approver','approver@example.test','Waiting for you: subcontractor invoice INV-2222 sent to the ERP queue','admin sent subcontractor invoice INV-2222 on project Harbor View Medical Center to the ERP queue.
Accept it to export it, or reject it with a reason:
  approver-tui accept invoice:22
  approver-tui reject invoice:22 --reason ''...''
','invoice:22','sent',0,NULL,'2026-11-14 11:04:45.000000');
INSERT INTO "outbox" VALUES(102,'2026-11-14 11:04:45.000000','sent','approver2','approver2@example.test','Waiting for you: subcontractor invoice INV-2222 sent to the ERP queue','admin sent subcontractor invoice INV-2222 on project Harbor View Medical Center to the ERP queue.
Accept it to export it, or reject it with a reason:
  approver-tui accept invoice:22
  approver-tui reject invoice:22 --reason ''...''
','invoice:22','sent',0,NULL,'2026-11-14 11:04:45.000000');
INSERT INTO "outbox" VALUES(103,'2026-11-14 11:04:45.000000','sent','invoices-only','ivy@example.test','Waiting for you: subcontractor invoice INV-2222 sent to the ERP queue','admin sent subcontractor invoice INV-2222 on project Harbor View Medical Center to the ERP queue.
Accept it to export it, or reject it with a reason:
  approver-tui accept invoice:22
  approver-tui reject invoice:22 --reason ''...''
','invoice:22','sent',0,NULL,'2026-11-14 11:04:45.000000');
INSERT INTO "outbox" VALUES(104,'2026-11-15 10:53:45.000000','sent','approver','approver@example.test','Waiting for you: commitment SC-1002-04 sent to the ERP queue','admin sent commitment SC-1002-04 on project Riverside Elementary School to the ERP queue.
Accept it to export it, or reject it with a reason:
  approver-tui accept commitment:11
  approver-tui reject commitment:11 --reason ''...''
','commitment:11','sent',0,NULL,'2026-11-15 10:53:45.000000');
INSERT INTO "outbox" VALUES(105,'2026-11-15 10:53:45.000000','sent','approver2','approver2@example.test','Waiting for you: commitment SC-1002-04 sent to the ERP queue','admin sent commitment SC-1002-04 on project Riverside Elementary School to the ERP queue.
Accept it to export it, or reject it with a reason:
  approver-tui accept commitment:11
  approver-tui reject commitment:11 --reason ''...''
','commitment:11','sent',0,NULL,'2026-11-15 10:53:45.000000');
INSERT INTO "outbox" VALUES(106,'2026-11-15 11:01:45.000000','sent','approver','approver@example.test','Waiting for you: subcontractor invoice INV-2219 sent to the ERP queue','admin sent subcontractor invoice INV-2219 on project Northgate Parking Structure to the ERP queue.
Accept it to export it, or reject it with a reason:
  approver-tui accept invoice:19
  approver-tui reject invoice:19 --reason ''...''
','invoice:19','sent',0,NULL,'2026-11-15 11:01:45.000000');
INSERT INTO "outbox" VALUES(107,'2026-11-15 11:01:45.000000','sent','approver2','approver2@example.test','Waiting for you: subcontractor invoice INV-2219 sent to the ERP queue','admin sent subcontractor invoice INV-2219 on project Northgate Parking Structure to the ERP queue.
Accept it to export it, or reject it with a reason:
  approver-tui accept invoice:19
  approver-tui reject invoice:19 --reason ''...''
','invoice:19','sent',0,NULL,'2026-11-15 11:01:45.000000');
INSERT INTO "outbox" VALUES(108,'2026-11-15 11:01:45.000000','sent','invoices-only','ivy@example.test','Waiting for you: subcontractor invoice INV-2219 sent to the ERP queue','admin sent subcontractor invoice INV-2219 on project Northgate Parking Structure to the ERP queue.
Accept it to export it, or reject it with a reason:
  approver-tui accept invoice:19
  approver-tui reject invoice:19 --reason ''...''
','invoice:19','sent',0,NULL,'2026-11-15 11:01:45.000000');
INSERT INTO "outbox" VALUES(109,'2026-11-15 11:04:46.000000','rejected','admin','admin@example.test','Rejected: subcontractor invoice INV-2222','approver rejected subcontractor invoice INV-2222, which you sent to the ERP queue.

Reason: Lien waiver for the previous period is missing: attach it and re-send.

What to do next: fix what the reason asks for, then send it back:
  approver-tui edit invoice:22 --set FIELD=VALUE
  approver-tui resend invoice:22
','invoice:22','sent',0,NULL,'2026-11-15 11:04:46.000000');
INSERT INTO "outbox" VALUES(110,'2026-11-15 11:05:45.000000','sent','approver','approver@example.test','Waiting for you: subcontractor invoice INV-2223 sent to the ERP queue','admin sent subcontractor invoice INV-2223 on project Harbor View Medical Center to the ERP queue.
Accept it to export it, or reject it with a reason:
  approver-tui accept invoice:23
  approver-tui reject invoice:23 --reason ''...''
','invoice:23','sent',0,NULL,'2026-11-15 11:05:45.000000');
INSERT INTO "outbox" VALUES(111,'2026-11-15 11:05:45.000000','sent','approver2','approver2@example.test','Waiting for you: subcontractor invoice INV-2223 sent to the ERP queue','admin sent subcontractor invoice INV-2223 on project Harbor View Medical Center to the ERP queue.
Accept it to export it, or reject it with a reason:
  approver-tui accept invoice:23
  approver-tui reject invoice:23 --reason ''...''
','invoice:23','sent',0,NULL,'2026-11-15 11:05:45.000000');
INSERT INTO "outbox" VALUES(112,'2026-11-15 11:05:45.000000','sent','invoices-only','ivy@example.test','Waiting for you: subcontractor invoice INV-2223 sent to the ERP queue','admin sent subcontractor invoice INV-2223 on project Harbor View Medical Center to the ERP queue.
Accept it to export it, or reject it with a reason:
  approver-tui accept invoice:23
  approver-tui reject invoice:23 --reason ''...''
','invoice:23','sent',0,NULL,'2026-11-15 11:05:45.000000');
INSERT INTO "outbox" VALUES(113,'2026-11-16 10:53:46.000000','rejected','admin','admin@example.test','Rejected: commitment SC-1002-04','approver rejected commitment SC-1002-04, which you sent to the ERP queue.

Reason: Retention of 10% is missing from the schedule of values.

What to do next: fix what the reason asks for, then send it back:
  approver-tui edit commitment:11 --set FIELD=VALUE
  approver-tui resend commitment:11
','commitment:11','sent',0,NULL,'2026-11-16 10:53:46.000000');
INSERT INTO "outbox" VALUES(114,'2026-11-16 10:58:45.000000','sent','approver','approver@example.test','Waiting for you: company Northwind Insulation sent to the ERP queue','admin sent company Northwind Insulation to the ERP queue.
Accept it to export it, or reject it with a reason:
  approver-tui accept company:16
  approver-tui reject company:16 --reason ''...''
','company:16','sent',0,NULL,'2026-11-16 10:58:45.000000');
INSERT INTO "outbox" VALUES(115,'2026-11-16 10:58:45.000000','sent','approver2','approver2@example.test','Waiting for you: company Northwind Insulation sent to the ERP queue','admin sent company Northwind Insulation to the ERP queue.
Accept it to export it, or reject it with a reason:
  approver-tui accept company:16
  approver-tui reject company:16 --reason ''...''
','company:16','sent',0,NULL,'2026-11-16 10:58:45.000000');
INSERT INTO "outbox" VALUES(116,'2026-11-16 11:03:45.000000','sent','approver','approver@example.test','Waiting for you: commitment SC-1003-07 sent to the ERP queue','admin sent commitment SC-1003-07 on project Northgate Parking Structure to the ERP queue.
Accept it to export it, or reject it with a reason:
  approver-tui accept commitment:21
  approver-tui reject commitment:21 --reason ''...''
','commitment:21','sent',0,NULL,'2026-11-16 11:03:45.000000');
INSERT INTO "outbox" VALUES(117,'2026-11-16 11:03:45.000000','sent','approver2','approver2@example.test','Waiting for you: commitment SC-1003-07 sent to the ERP queue','admin sent commitment SC-1003-07 on project Northgate Parking Structure to the ERP queue.
Accept it to export it, or reject it with a reason:
  approver-tui accept commitment:21
  approver-tui reject commitment:21 --reason ''...''
','commitment:21','sent',0,NULL,'2026-11-16 11:03:45.000000');
INSERT INTO "outbox" VALUES(118,'2026-11-16 11:05:46.000000','rejected','admin','admin@example.test','Rejected: subcontractor invoice INV-2223','approver rejected subcontractor invoice INV-2223, which you sent to the ERP queue.

Reason: Billing date is after the October close; use 2026-10-31.

What to do next: fix what the reason asks for, then send it back:
  approver-tui edit invoice:23 --set FIELD=VALUE
  approver-tui resend invoice:23
','invoice:23','sent',0,NULL,'2026-11-16 11:05:46.000000');
INSERT INTO "outbox" VALUES(119,'2026-11-16 11:06:45.000000','sent','approver','approver@example.test','Waiting for you: subcontractor invoice INV-2224 sent to the ERP queue','admin sent subcontractor invoice INV-2224 on project Harbor View Medical Center to the ERP queue.
Accept it to export it, or reject it with a reason:
  approver-tui accept invoice:24
  approver-tui reject invoice:24 --reason ''...''
','invoice:24','sent',0,NULL,'2026-11-16 11:06:45.000000');
INSERT INTO "outbox" VALUES(120,'2026-11-16 11:06:45.000000','sent','approver2','approver2@example.test','Waiting for you: subcontractor invoice INV-2224 sent to the ERP queue','admin sent subcontractor invoice INV-2224 on project Harbor View Medical Center to the ERP queue.
Accept it to export it, or reject it with a reason:
  approver-tui accept invoice:24
  approver-tui reject invoice:24 --reason ''...''
','invoice:24','sent',0,NULL,'2026-11-16 11:06:45.000000');
INSERT INTO "outbox" VALUES(121,'2026-11-16 11:06:45.000000','sent','invoices-only','ivy@example.test','Waiting for you: subcontractor invoice INV-2224 sent to the ERP queue','admin sent subcontractor invoice INV-2224 on project Harbor View Medical Center to the ERP queue.
Accept it to export it, or reject it with a reason:
  approver-tui accept invoice:24
  approver-tui reject invoice:24 --reason ''...''
','invoice:24','sent',0,NULL,'2026-11-16 11:06:45.000000');
INSERT INTO "outbox" VALUES(122,'2026-11-17 10:58:45.000000','sent','approver','approver@example.test','Waiting for you: subcontractor invoice INV-2216 sent to the ERP queue','admin sent subcontractor invoice INV-2216 on project Harbor View Medical Center to the ERP queue.
Accept it to export it, or reject it with a reason:
  approver-tui accept invoice:16
  approver-tui reject invoice:16 --reason ''...''
','invoice:16','sent',0,NULL,'2026-11-17 10:58:45.000000');
INSERT INTO "outbox" VALUES(123,'2026-11-17 10:58:45.000000','sent','approver2','approver2@example.test','Waiting for you: subcontractor invoice INV-2216 sent to the ERP queue','admin sent subcontractor invoice INV-2216 on project Harbor View Medical Center to the ERP queue.
Accept it to export it, or reject it with a reason:
  approver-tui accept invoice:16
  approver-tui reject invoice:16 --reason ''...''
','invoice:16','sent',0,NULL,'2026-11-17 10:58:45.000000');
INSERT INTO "outbox" VALUES(124,'2026-11-17 10:58:45.000000','sent','invoices-only','ivy@example.test','Waiting for you: subcontractor invoice INV-2216 sent to the ERP queue','admin sent subcontractor invoice INV-2216 on project Harbor View Medical Center to the ERP queue.
Accept it to export it, or reject it with a reason:
  approver-tui accept invoice:16
  approver-tui reject invoice:16 --reason ''...''
','invoice:16','sent',0,NULL,'2026-11-17 10:58:45.000000');
INSERT INTO "outbox" VALUES(125,'2026-11-17 11:00:45.000000','sent','approver','approver@example.test','Waiting for you: commitment SC-1003-04 sent to the ERP queue','admin sent commitment SC-1003-04 on project Northgate Parking Structure to the ERP queue.
Accept it to export it, or reject it with a reason:
  approver-tui accept commitment:18
  approver-tui reject commitment:18 --reason ''...''
','commitment:18','sent',0,NULL,'2026-11-17 11:00:45.000000');
INSERT INTO "outbox" VALUES(126,'2026-11-17 11:00:45.000000','sent','approver2','approver2@example.test','Waiting for you: commitment SC-1003-04 sent to the ERP queue','admin sent commitment SC-1003-04 on project Northgate Parking Structure to the ERP queue.
Accept it to export it, or reject it with a reason:
  approver-tui accept commitment:18
  approver-tui reject commitment:18 --reason ''...''
','commitment:18','sent',0,NULL,'2026-11-17 11:00:45.000000');
INSERT INTO "outbox" VALUES(127,'2026-11-17 11:01:45.000000','sent','approver','approver@example.test','Waiting for you: company Quarry Stone Suppliers sent to the ERP queue','admin sent company Quarry Stone Suppliers to the ERP queue.
Accept it to export it, or reject it with a reason:
  approver-tui accept company:19
  approver-tui reject company:19 --reason ''...''
','company:19','sent',0,NULL,'2026-11-17 11:01:45.000000');
INSERT INTO "outbox" VALUES(128,'2026-11-17 11:01:45.000000','sent','approver2','approver2@example.test','Waiting for you: company Quarry Stone Suppliers sent to the ERP queue','admin sent company Quarry Stone Suppliers to the ERP queue.
Accept it to export it, or reject it with a reason:
  approver-tui accept company:19
  approver-tui reject company:19 --reason ''...''
','company:19','sent',0,NULL,'2026-11-17 11:01:45.000000');
INSERT INTO "outbox" VALUES(129,'2026-11-17 11:06:46.000000','rejected','admin','admin@example.test','Rejected: subcontractor invoice INV-2224','approver rejected subcontractor invoice INV-2224, which you sent to the ERP queue.

Reason: Amount exceeds the remaining commitment balance by $4,250.00.

What to do next: fix what the reason asks for, then send it back:
  approver-tui edit invoice:24 --set FIELD=VALUE
  approver-tui resend invoice:24
','invoice:24','sent',0,NULL,'2026-11-17 11:06:46.000000');
INSERT INTO "outbox" VALUES(130,'2026-11-17 11:07:45.000000','sent','approver','approver@example.test','Waiting for you: subcontractor invoice INV-2225 sent to the ERP queue','admin sent subcontractor invoice INV-2225 on project Riverside Elementary School to the ERP queue.
Accept it to export it, or reject it with a reason:
  approver-tui accept invoice:25
  approver-tui reject invoice:25 --reason ''...''
','invoice:25','sent',0,NULL,'2026-11-17 11:07:45.000000');
INSERT INTO "outbox" VALUES(131,'2026-11-17 11:07:45.000000','sent','approver2','approver2@example.test','Waiting for you: subcontractor invoice INV-2225 sent to the ERP queue','admin sent subcontractor invoice INV-2225 on project Riverside Elementary School to the ERP queue.
Accept it to export it, or reject it with a reason:
  approver-tui accept invoice:25
  approver-tui reject invoice:25 --reason ''...''
','invoice:25','sent',0,NULL,'2026-11-17 11:07:45.000000');
INSERT INTO "outbox" VALUES(132,'2026-11-17 11:07:45.000000','sent','invoices-only','ivy@example.test','Waiting for you: subcontractor invoice INV-2225 sent to the ERP queue','admin sent subcontractor invoice INV-2225 on project Riverside Elementary School to the ERP queue.
Accept it to export it, or reject it with a reason:
  approver-tui accept invoice:25
  approver-tui reject invoice:25 --reason ''...''
','invoice:25','sent',0,NULL,'2026-11-17 11:07:45.000000');
INSERT INTO "outbox" VALUES(133,'2026-11-18 10:52:45.000000','sent','approver','approver@example.test','Waiting for you: commitment SC-1002-03 sent to the ERP queue','admin sent commitment SC-1002-03 on project Riverside Elementary School to the ERP queue.
Accept it to export it, or reject it with a reason:
  approver-tui accept commitment:10
  approver-tui reject commitment:10 --reason ''...''
','commitment:10','sent',0,NULL,'2026-11-18 10:52:45.000000');
INSERT INTO "outbox" VALUES(134,'2026-11-18 10:52:45.000000','sent','approver2','approver2@example.test','Waiting for you: commitment SC-1002-03 sent to the ERP queue','admin sent commitment SC-1002-03 on project Riverside Elementary School to the ERP queue.
Accept it to export it, or reject it with a reason:
  approver-tui accept commitment:10
  approver-tui reject commitment:10 --reason ''...''
','commitment:10','sent',0,NULL,'2026-11-18 10:52:45.000000');
INSERT INTO "outbox" VALUES(135,'2026-11-18 10:56:45.000000','sent','approver','approver@example.test','Waiting for you: subcontractor invoice INV-2214 sent to the ERP queue','admin sent subcontractor invoice INV-2214 on project Harbor View Medical Center to the ERP queue.
Accept it to export it, or reject it with a reason:
  approver-tui accept invoice:14
  approver-tui reject invoice:14 --reason ''...''
','invoice:14','sent',0,NULL,'2026-11-18 10:56:45.000000');
INSERT INTO "outbox" VALUES(136,'2026-11-18 10:56:45.000000','sent','approver2','approver2@example.test','Waiting for you: subcontractor invoice INV-2214 sent to the ERP queue','admin sent subcontractor invoice INV-2214 on project Harbor View Medical Center to the ERP queue.
Accept it to export it, or reject it with a reason:
  approver-tui accept invoice:14
  approver-tui reject invoice:14 --reason ''...''
','invoice:14','sent',0,NULL,'2026-11-18 10:56:45.000000');
INSERT INTO "outbox" VALUES(137,'2026-11-18 10:56:45.000000','sent','invoices-only','ivy@example.test','Waiting for you: subcontractor invoice INV-2214 sent to the ERP queue','admin sent subcontractor invoice INV-2214 on project Harbor View Medical Center to the ERP queue.
Accept it to export it, or reject it with a reason:
  approver-tui accept invoice:14
  approver-tui reject invoice:14 --reason ''...''
','invoice:14','sent',0,NULL,'2026-11-18 10:56:45.000000');
INSERT INTO "outbox" VALUES(138,'2026-11-18 11:02:48.000000','resent','approver','approver@example.test','Waiting for you: company Tidewater Surveying re-sent to the ERP queue','admin re-sent company Tidewater Surveying to the ERP queue.
Accept it to export it, or reject it with a reason:
  approver-tui accept company:20
  approver-tui reject company:20 --reason ''...''
','company:20','sent',0,NULL,'2026-11-18 11:02:48.000000');
INSERT INTO "outbox" VALUES(139,'2026-11-18 11:02:48.000000','resent','approver2','approver2@example.test','Waiting for you: company Tidewater Surveying re-sent to the ERP queue','admin re-sent company Tidewater Surveying to the ERP queue.
Accept it to export it, or reject it with a reason:
  approver-tui accept company:20
  approver-tui reject company:20 --reason ''...''
','company:20','sent',0,NULL,'2026-11-18 11:02:48.000000');
INSERT INTO "outbox" VALUES(140,'2026-11-18 11:07:46.000000','rejected','admin','admin@example.test','Rejected: subcontractor invoice INV-2225','approver rejected subcontractor invoice INV-2225, which you sent to the ERP queue.

Reason: Invoice number duplicates INV-2210 [already paid].

What to do next: fix what the reason asks for, then send it back:
  approver-tui edit invoice:25 --set FIELD=VALUE
  approver-tui resend invoice:25
','invoice:25','sent',0,NULL,'2026-11-18 11:07:46.000000');
INSERT INTO "outbox" VALUES(141,'2026-11-18 11:10:45.000000','sent','approver','approver@example.test','Waiting for you: subcontractor invoice INV-2228 sent to the ERP queue','admin sent subcontractor invoice INV-2228 on project Harbor View Medical Center to the ERP queue.
Accept it to export it, or reject it with a reason:
  approver-tui accept invoice:28
  approver-tui reject invoice:28 --reason ''...''
','invoice:28','sent',0,NULL,'2026-11-18 11:10:45.000000');
INSERT INTO "outbox" VALUES(142,'2026-11-18 11:10:45.000000','sent','approver2','approver2@example.test','Waiting for you: subcontractor invoice INV-2228 sent to the ERP queue','admin sent subcontractor invoice INV-2228 on project Harbor View Medical Center to the ERP queue.
Accept it to export it, or reject it with a reason:
  approver-tui accept invoice:28
  approver-tui reject invoice:28 --reason ''...''
','invoice:28','sent',0,NULL,'2026-11-18 11:10:45.000000');
INSERT INTO "outbox" VALUES(143,'2026-11-18 11:10:45.000000','sent','invoices-only','ivy@example.test','Waiting for you: subcontractor invoice INV-2228 sent to the ERP queue','admin sent subcontractor invoice INV-2228 on project Harbor View Medical Center to the ERP queue.
Accept it to export it, or reject it with a reason:
  approver-tui accept invoice:28
  approver-tui reject invoice:28 --reason ''...''
','invoice:28','sent',0,NULL,'2026-11-18 11:10:45.000000');
INSERT INTO "outbox" VALUES(144,'2026-11-18 11:13:45.000000','sent','approver','approver@example.test','Waiting for you: subcontractor invoice INV-2231 sent to the ERP queue','admin sent subcontractor invoice INV-2231 on project Harbor View Medical Center to the ERP queue.
Accept it to export it, or reject it with a reason:
  approver-tui accept invoice:31
  approver-tui reject invoice:31 --reason ''...''
','invoice:31','sent',0,NULL,'2026-11-18 11:13:45.000000');
INSERT INTO "outbox" VALUES(145,'2026-11-18 11:13:45.000000','sent','approver2','approver2@example.test','Waiting for you: subcontractor invoice INV-2231 sent to the ERP queue','admin sent subcontractor invoice INV-2231 on project Harbor View Medical Center to the ERP queue.
Accept it to export it, or reject it with a reason:
  approver-tui accept invoice:31
  approver-tui reject invoice:31 --reason ''...''
','invoice:31','sent',0,NULL,'2026-11-18 11:13:45.000000');
INSERT INTO "outbox" VALUES(146,'2026-11-18 11:13:45.000000','sent','invoices-only','ivy@example.test','Waiting for you: subcontractor invoice INV-2231 sent to the ERP queue','admin sent subcontractor invoice INV-2231 on project Harbor View Medical Center to the ERP queue.
Accept it to export it, or reject it with a reason:
  approver-tui accept invoice:31
  approver-tui reject invoice:31 --reason ''...''
','invoice:31','sent',0,NULL,'2026-11-18 11:13:45.000000');
INSERT INTO "outbox" VALUES(147,'2026-11-19 10:53:45.000000','sent','approver','approver@example.test','Waiting for you: subcontractor invoice INV-2211 sent to the ERP queue','admin sent subcontractor invoice INV-2211 on project Harbor View Medical Center to the ERP queue.
Accept it to export it, or reject it with a reason:
  approver-tui accept invoice:11
  approver-tui reject invoice:11 --reason ''...''
','invoice:11','sent',0,NULL,'2026-11-19 10:53:45.000000');
INSERT INTO "outbox" VALUES(148,'2026-11-19 10:53:45.000000','sent','approver2','approver2@example.test','Waiting for you: subcontractor invoice INV-2211 sent to the ERP queue','admin sent subcontractor invoice INV-2211 on project Harbor View Medical Center to the ERP queue.
Accept it to export it, or reject it with a reason:
  approver-tui accept invoice:11
  approver-tui reject invoice:11 --reason ''...''
','invoice:11','sent',0,NULL,'2026-11-19 10:53:45.000000');
INSERT INTO "outbox" VALUES(149,'2026-11-19 10:53:45.000000','sent','invoices-only','ivy@example.test','Waiting for you: subcontractor invoice INV-2211 sent to the ERP queue','admin sent subcontractor invoice INV-2211 on project Harbor View Medical Center to the ERP queue.
Accept it to export it, or reject it with a reason:
  approver-tui accept invoice:11
  approver-tui reject invoice:11 --reason ''...''
','invoice:11','sent',0,NULL,'2026-11-19 10:53:45.000000');
INSERT INTO "outbox" VALUES(150,'2026-11-19 10:54:45.000000','sent','approver','approver@example.test','Waiting for you: subcontractor invoice INV-2212 sent to the ERP queue','admin sent subcontractor invoice INV-2212 on project Harbor View Medical Center to the ERP queue.
Accept it to export it, or reject it with a reason:
  approver-tui accept invoice:12
  approver-tui reject invoice:12 --reason ''...''
','invoice:12','sent',0,NULL,'2026-11-19 10:54:45.000000');
INSERT INTO "outbox" VALUES(151,'2026-11-19 10:54:45.000000','sent','approver2','approver2@example.test','Waiting for you: subcontractor invoice INV-2212 sent to the ERP queue','admin sent subcontractor invoice INV-2212 on project Harbor View Medical Center to the ERP queue.
Accept it to export it, or reject it with a reason:
  approver-tui accept invoice:12
  approver-tui reject invoice:12 --reason ''...''
','invoice:12','sent',0,NULL,'2026-11-19 10:54:45.000000');
INSERT INTO "outbox" VALUES(152,'2026-11-19 10:54:45.000000','sent','invoices-only','ivy@example.test','Waiting for you: subcontractor invoice INV-2212 sent to the ERP queue','admin sent subcontractor invoice INV-2212 on project Harbor View Medical Center to the ERP queue.
Accept it to export it, or reject it with a reason:
  approver-tui accept invoice:12
  approver-tui reject invoice:12 --reason ''...''
','invoice:12','sent',0,NULL,'2026-11-19 10:54:45.000000');
INSERT INTO "outbox" VALUES(153,'2026-11-19 10:56:45.000000','sent','approver','approver@example.test','Waiting for you: company Summit Elevator Company sent to the ERP queue','admin sent company Summit Elevator Company to the ERP queue.
Accept it to export it, or reject it with a reason:
  approver-tui accept company:14
  approver-tui reject company:14 --reason ''...''
','company:14','sent',0,NULL,'2026-11-19 10:56:45.000000');
INSERT INTO "outbox" VALUES(154,'2026-11-19 10:56:45.000000','sent','approver2','approver2@example.test','Waiting for you: company Summit Elevator Company sent to the ERP queue','admin sent company Summit Elevator Company to the ERP queue.
Accept it to export it, or reject it with a reason:
  approver-tui accept company:14
  approver-tui reject company:14 --reason ''...''
','company:14','sent',0,NULL,'2026-11-19 10:56:45.000000');
INSERT INTO "outbox" VALUES(155,'2026-11-19 10:59:45.000000','sent','approver','approver@example.test','Waiting for you: subcontractor invoice INV-2217 sent to the ERP queue','admin sent subcontractor invoice INV-2217 on project Riverside Elementary School to the ERP queue.
Accept it to export it, or reject it with a reason:
  approver-tui accept invoice:17
  approver-tui reject invoice:17 --reason ''...''
','invoice:17','sent',0,NULL,'2026-11-19 10:59:45.000000');
INSERT INTO "outbox" VALUES(156,'2026-11-19 10:59:45.000000','sent','approver2','approver2@example.test','Waiting for you: subcontractor invoice INV-2217 sent to the ERP queue','admin sent subcontractor invoice INV-2217 on project Riverside Elementary School to the ERP queue.
Accept it to export it, or reject it with a reason:
  approver-tui accept invoice:17
  approver-tui reject invoice:17 --reason ''...''
','invoice:17','sent',0,NULL,'2026-11-19 10:59:45.000000');
INSERT INTO "outbox" VALUES(157,'2026-11-19 10:59:45.000000','sent','invoices-only','ivy@example.test','Waiting for you: subcontractor invoice INV-2217 sent to the ERP queue','admin sent subcontractor invoice INV-2217 on project Riverside Elementary School to the ERP queue.
Accept it to export it, or reject it with a reason:
  approver-tui accept invoice:17
  approver-tui reject invoice:17 --reason ''...''
','invoice:17','sent',0,NULL,'2026-11-19 10:59:45.000000');
INSERT INTO "outbox" VALUES(158,'2026-11-19 11:02:45.000000','sent','approver','approver@example.test','Waiting for you: commitment SC-1003-06 sent to the ERP queue','approver2 sent commitment SC-1003-06 on project Northgate Parking Structure to the ERP queue.
Accept it to export it, or reject it with a reason:
  approver-tui accept commitment:20
  approver-tui reject commitment:20 --reason ''...''
','commitment:20','sent',0,NULL,'2026-11-19 11:02:45.000000');
INSERT INTO "outbox" VALUES(159,'2026-11-19 11:02:45.000000','sent','approver2','approver2@example.test','Waiting for you: commitment SC-1003-06 sent to the ERP queue','approver2 sent commitment SC-1003-06 on project Northgate Parking Structure to the ERP queue.
Accept it to export it, or reject it with a reason:
  approver-tui accept commitment:20
  approver-tui reject commitment:20 --reason ''...''
','commitment:20','sent',0,NULL,'2026-11-19 11:02:45.000000');
INSERT INTO "outbox" VALUES(160,'2026-11-19 11:02:45.000000','sent','approver','approver@example.test','Waiting for you: subcontractor invoice INV-2220 sent to the ERP queue','approver2 sent subcontractor invoice INV-2220 on project Northgate Parking Structure to the ERP queue.
Accept it to export it, or reject it with a reason:
  approver-tui accept invoice:20
  approver-tui reject invoice:20 --reason ''...''
','invoice:20','sent',0,NULL,'2026-11-19 11:02:45.000000');
INSERT INTO "outbox" VALUES(161,'2026-11-19 11:02:45.000000','sent','approver2','approver2@example.test','Waiting for you: subcontractor invoice INV-2220 sent to the ERP queue','approver2 sent subcontractor invoice INV-2220 on project Northgate Parking Structure to the ERP queue.
Accept it to export it, or reject it with a reason:
  approver-tui accept invoice:20
  approver-tui reject invoice:20 --reason ''...''
','invoice:20','sent',0,NULL,'2026-11-19 11:02:45.000000');
INSERT INTO "outbox" VALUES(162,'2026-11-19 11:02:45.000000','sent','invoices-only','ivy@example.test','Waiting for you: subcontractor invoice INV-2220 sent to the ERP queue','approver2 sent subcontractor invoice INV-2220 on project Northgate Parking Structure to the ERP queue.
Accept it to export it, or reject it with a reason:
  approver-tui accept invoice:20
  approver-tui reject invoice:20 --reason ''...''
','invoice:20','sent',0,NULL,'2026-11-19 11:02:45.000000');
INSERT INTO "outbox" VALUES(163,'2026-11-19 11:09:48.000000','resent','approver','approver@example.test','Waiting for you: subcontractor invoice INV-2227 re-sent to the ERP queue','admin re-sent subcontractor invoice INV-2227 on project Riverside Elementary School to the ERP queue.
Accept it to export it, or reject it with a reason:
  approver-tui accept invoice:27
  approver-tui reject invoice:27 --reason ''...''
','invoice:27','sent',0,NULL,'2026-11-19 11:09:48.000000');
INSERT INTO "outbox" VALUES(164,'2026-11-19 11:09:48.000000','resent','approver2','approver2@example.test','Waiting for you: subcontractor invoice INV-2227 re-sent to the ERP queue','admin re-sent subcontractor invoice INV-2227 on project Riverside Elementary School to the ERP queue.
Accept it to export it, or reject it with a reason:
  approver-tui accept invoice:27
  approver-tui reject invoice:27 --reason ''...''
','invoice:27','sent',0,NULL,'2026-11-19 11:09:48.000000');
INSERT INTO "outbox" VALUES(165,'2026-11-19 11:09:48.000000','resent','invoices-only','ivy@example.test','Waiting for you: subcontractor invoice INV-2227 re-sent to the ERP queue','admin re-sent subcontractor invoice INV-2227 on project Riverside Elementary School to the ERP queue.
Accept it to export it, or reject it with a reason:
  approver-tui accept invoice:27
  approver-tui reject invoice:27 --reason ''...''
','invoice:27','sent',0,NULL,'2026-11-19 11:09:48.000000');
INSERT INTO "outbox" VALUES(166,'2026-11-19 11:11:45.000000','sent','approver','approver@example.test','Waiting for you: subcontractor invoice INV-2229 sent to the ERP queue','admin sent subcontractor invoice INV-2229 on project Harbor View Medical Center to the ERP queue.
Accept it to export it, or reject it with a reason:
  approver-tui accept invoice:29
  approver-tui reject invoice:29 --reason ''...''
','invoice:29','sent',0,NULL,'2026-11-19 11:11:45.000000');
INSERT INTO "outbox" VALUES(167,'2026-11-19 11:11:45.000000','sent','approver2','approver2@example.test','Waiting for you: subcontractor invoice INV-2229 sent to the ERP queue','admin sent subcontractor invoice INV-2229 on project Harbor View Medical Center to the ERP queue.
Accept it to export it, or reject it with a reason:
  approver-tui accept invoice:29
  approver-tui reject invoice:29 --reason ''...''
','invoice:29','sent',0,NULL,'2026-11-19 11:11:45.000000');
INSERT INTO "outbox" VALUES(168,'2026-11-19 11:11:45.000000','sent','invoices-only','ivy@example.test','Waiting for you: subcontractor invoice INV-2229 sent to the ERP queue','admin sent subcontractor invoice INV-2229 on project Harbor View Medical Center to the ERP queue.
Accept it to export it, or reject it with a reason:
  approver-tui accept invoice:29
  approver-tui reject invoice:29 --reason ''...''
','invoice:29','sent',0,NULL,'2026-11-19 11:11:45.000000');
INSERT INTO "outbox" VALUES(169,'2026-11-19 11:14:45.000000','sent','approver','approver@example.test','Waiting for you: subcontractor invoice INV-2232 sent to the ERP queue','admin sent subcontractor invoice INV-2232 on project Northgate Parking Structure to the ERP queue.
Accept it to export it, or reject it with a reason:
  approver-tui accept invoice:32
  approver-tui reject invoice:32 --reason ''...''
','invoice:32','sent',0,NULL,'2026-11-19 11:14:45.000000');
INSERT INTO "outbox" VALUES(170,'2026-11-19 11:14:45.000000','sent','approver2','approver2@example.test','Waiting for you: subcontractor invoice INV-2232 sent to the ERP queue','admin sent subcontractor invoice INV-2232 on project Northgate Parking Structure to the ERP queue.
Accept it to export it, or reject it with a reason:
  approver-tui accept invoice:32
  approver-tui reject invoice:32 --reason ''...''
','invoice:32','sent',0,NULL,'2026-11-19 11:14:45.000000');
INSERT INTO "outbox" VALUES(171,'2026-11-19 11:14:45.000000','sent','invoices-only','ivy@example.test','Waiting for you: subcontractor invoice INV-2232 sent to the ERP queue','admin sent subcontractor invoice INV-2232 on project Northgate Parking Structure to the ERP queue.
Accept it to export it, or reject it with a reason:
  approver-tui accept invoice:32
  approver-tui reject invoice:32 --reason ''...''
','invoice:32','sent',0,NULL,'2026-11-19 11:14:45.000000');
INSERT INTO "outbox" VALUES(172,'2026-11-20 10:55:45.000000','sent','approver','approver@example.test','Waiting for you: subcontractor invoice INV-2213 sent to the ERP queue','admin sent subcontractor invoice INV-2213 on project Harbor View Medical Center to the ERP queue.
Accept it to export it, or reject it with a reason:
  approver-tui accept invoice:13
  approver-tui reject invoice:13 --reason ''...''
','invoice:13','sent',0,NULL,'2026-11-20 10:55:45.000000');
INSERT INTO "outbox" VALUES(173,'2026-11-20 10:55:45.000000','sent','approver2','approver2@example.test','Waiting for you: subcontractor invoice INV-2213 sent to the ERP queue','admin sent subcontractor invoice INV-2213 on project Harbor View Medical Center to the ERP queue.
Accept it to export it, or reject it with a reason:
  approver-tui accept invoice:13
  approver-tui reject invoice:13 --reason ''...''
','invoice:13','sent',0,NULL,'2026-11-20 10:55:45.000000');
INSERT INTO "outbox" VALUES(174,'2026-11-20 10:55:45.000000','sent','invoices-only','ivy@example.test','Waiting for you: subcontractor invoice INV-2213 sent to the ERP queue','admin sent subcontractor invoice INV-2213 on project Harbor View Medical Center to the ERP queue.
Accept it to export it, or reject it with a reason:
  approver-tui accept invoice:13
  approver-tui reject invoice:13 --reason ''...''
','invoice:13','sent',0,NULL,'2026-11-20 10:55:45.000000');
INSERT INTO "outbox" VALUES(175,'2026-11-20 10:57:45.000000','sent','approver','approver@example.test','Waiting for you: subcontractor invoice INV-2215 sent to the ERP queue','admin sent subcontractor invoice INV-2215 on project Harbor View Medical Center to the ERP queue.
Accept it to export it, or reject it with a reason:
  approver-tui accept invoice:15
  approver-tui reject invoice:15 --reason ''...''
','invoice:15','sent',0,NULL,'2026-11-20 10:57:45.000000');
INSERT INTO "outbox" VALUES(176,'2026-11-20 10:57:45.000000','sent','approver2','approver2@example.test','Waiting for you: subcontractor invoice INV-2215 sent to the ERP queue','admin sent subcontractor invoice INV-2215 on project Harbor View Medical Center to the ERP queue.
Accept it to export it, or reject it with a reason:
  approver-tui accept invoice:15
  approver-tui reject invoice:15 --reason ''...''
','invoice:15','sent',0,NULL,'2026-11-20 10:57:45.000000');
INSERT INTO "outbox" VALUES(177,'2026-11-20 10:57:45.000000','sent','invoices-only','ivy@example.test','Waiting for you: subcontractor invoice INV-2215 sent to the ERP queue','admin sent subcontractor invoice INV-2215 on project Harbor View Medical Center to the ERP queue.
Accept it to export it, or reject it with a reason:
  approver-tui accept invoice:15
  approver-tui reject invoice:15 --reason ''...''
','invoice:15','sent',0,NULL,'2026-11-20 10:57:45.000000');
INSERT INTO "outbox" VALUES(178,'2026-11-20 11:00:45.000000','sent','approver','approver@example.test','Waiting for you: subcontractor invoice INV-2218 sent to the ERP queue','admin sent subcontractor invoice INV-2218 on project Riverside Elementary School to the ERP queue.
Accept it to export it, or reject it with a reason:
  approver-tui accept invoice:18
  approver-tui reject invoice:18 --reason ''...''
','invoice:18','sent',0,NULL,'2026-11-20 11:00:45.000000');
INSERT INTO "outbox" VALUES(179,'2026-11-20 11:00:45.000000','sent','approver2','approver2@example.test','Waiting for you: subcontractor invoice INV-2218 sent to the ERP queue','admin sent subcontractor invoice INV-2218 on project Riverside Elementary School to the ERP queue.
Accept it to export it, or reject it with a reason:
  approver-tui accept invoice:18
  approver-tui reject invoice:18 --reason ''...''
','invoice:18','sent',0,NULL,'2026-11-20 11:00:45.000000');
INSERT INTO "outbox" VALUES(180,'2026-11-20 11:00:45.000000','sent','invoices-only','ivy@example.test','Waiting for you: subcontractor invoice INV-2218 sent to the ERP queue','admin sent subcontractor invoice INV-2218 on project Riverside Elementary School to the ERP queue.
Accept it to export it, or reject it with a reason:
  approver-tui accept invoice:18
  approver-tui reject invoice:18 --reason ''...''
','invoice:18','sent',0,NULL,'2026-11-20 11:00:45.000000');
INSERT INTO "outbox" VALUES(181,'2026-11-20 11:03:45.000000','sent','approver','approver@example.test','Waiting for you: subcontractor invoice INV-2221 sent to the ERP queue','approver2 sent subcontractor invoice INV-2221 on project Northgate Parking Structure to the ERP queue.
Accept it to export it, or reject it with a reason:
  approver-tui accept invoice:21
  approver-tui reject invoice:21 --reason ''...''
','invoice:21','sent',0,NULL,'2026-11-20 11:03:45.000000');
INSERT INTO "outbox" VALUES(182,'2026-11-20 11:03:45.000000','sent','approver2','approver2@example.test','Waiting for you: subcontractor invoice INV-2221 sent to the ERP queue','approver2 sent subcontractor invoice INV-2221 on project Northgate Parking Structure to the ERP queue.
Accept it to export it, or reject it with a reason:
  approver-tui accept invoice:21
  approver-tui reject invoice:21 --reason ''...''
','invoice:21','sent',0,NULL,'2026-11-20 11:03:45.000000');
INSERT INTO "outbox" VALUES(183,'2026-11-20 11:03:45.000000','sent','invoices-only','ivy@example.test','Waiting for you: subcontractor invoice INV-2221 sent to the ERP queue','approver2 sent subcontractor invoice INV-2221 on project Northgate Parking Structure to the ERP queue.
Accept it to export it, or reject it with a reason:
  approver-tui accept invoice:21
  approver-tui reject invoice:21 --reason ''...''
','invoice:21','sent',0,NULL,'2026-11-20 11:03:45.000000');
INSERT INTO "outbox" VALUES(184,'2026-11-20 11:12:45.000000','sent','approver','approver@example.test','Waiting for you: subcontractor invoice INV-2230 sent to the ERP queue','admin sent subcontractor invoice INV-2230 on project Riverside Elementary School to the ERP queue.
Accept it to export it, or reject it with a reason:
  approver-tui accept invoice:30
  approver-tui reject invoice:30 --reason ''...''
','invoice:30','sent',0,NULL,'2026-11-20 11:12:45.000000');
INSERT INTO "outbox" VALUES(185,'2026-11-20 11:12:45.000000','sent','approver2','approver2@example.test','Waiting for you: subcontractor invoice INV-2230 sent to the ERP queue','admin sent subcontractor invoice INV-2230 on project Riverside Elementary School to the ERP queue.
Accept it to export it, or reject it with a reason:
  approver-tui accept invoice:30
  approver-tui reject invoice:30 --reason ''...''
','invoice:30','sent',0,NULL,'2026-11-20 11:12:45.000000');
INSERT INTO "outbox" VALUES(186,'2026-11-20 11:12:45.000000','sent','invoices-only','ivy@example.test','Waiting for you: subcontractor invoice INV-2230 sent to the ERP queue','admin sent subcontractor invoice INV-2230 on project Riverside Elementary School to the ERP queue.
Accept it to export it, or reject it with a reason:
  approver-tui accept invoice:30
  approver-tui reject invoice:30 --reason ''...''
','invoice:30','sent',0,NULL,'2026-11-20 11:12:45.000000');
CREATE TABLE project_permissions (
	user_id INTEGER NOT NULL, 
	project_id INTEGER NOT NULL, 
	level INTEGER NOT NULL, 
	PRIMARY KEY (user_id, project_id), 
	FOREIGN KEY(project_id) REFERENCES projects (id), 
	FOREIGN KEY(user_id) REFERENCES users (id)
);
INSERT INTO "project_permissions" VALUES(1,1,3);
INSERT INTO "project_permissions" VALUES(1,2,3);
INSERT INTO "project_permissions" VALUES(1,3,3);
INSERT INTO "project_permissions" VALUES(1,4,3);
INSERT INTO "project_permissions" VALUES(2,1,1);
INSERT INTO "project_permissions" VALUES(2,2,1);
INSERT INTO "project_permissions" VALUES(2,3,1);
INSERT INTO "project_permissions" VALUES(2,4,1);
INSERT INTO "project_permissions" VALUES(3,1,3);
INSERT INTO "project_permissions" VALUES(3,2,3);
INSERT INTO "project_permissions" VALUES(3,3,3);
INSERT INTO "project_permissions" VALUES(3,4,3);
INSERT INTO "project_permissions" VALUES(4,1,1);
INSERT INTO "project_permissions" VALUES(4,2,1);
INSERT INTO "project_permissions" VALUES(4,3,1);
INSERT INTO "project_permissions" VALUES(4,4,1);
INSERT INTO "project_permissions" VALUES(5,1,1);
INSERT INTO "project_permissions" VALUES(5,2,1);
INSERT INTO "project_permissions" VALUES(5,3,1);
INSERT INTO "project_permissions" VALUES(5,4,1);
CREATE TABLE projects (
	id INTEGER NOT NULL, 
	number VARCHAR(40) NOT NULL, 
	name VARCHAR(200) NOT NULL, 
	erp_synced BOOLEAN NOT NULL, 
	erp_job_id VARCHAR(40), 
	PRIMARY KEY (id)
);
INSERT INTO "projects" VALUES(1,'1001','Harbor View Medical Center',1,'J-1001');
INSERT INTO "projects" VALUES(2,'1002','Riverside Elementary School',1,'J-1002');
INSERT INTO "projects" VALUES(3,'1003','Northgate Parking Structure',1,'J-1003');
INSERT INTO "projects" VALUES(4,'1004','Eastside Library Renovation',0,NULL);
CREATE TABLE users (
	id INTEGER NOT NULL, 
	login VARCHAR(64) NOT NULL, 
	name VARCHAR(200) NOT NULL, 
	email VARCHAR(200) NOT NULL, 
	os_login VARCHAR(64), 
	directory_level INTEGER NOT NULL, 
	approver BOOLEAN NOT NULL, 
	approver_types VARCHAR(64), 
	digest BOOLEAN NOT NULL, 
	PRIMARY KEY (id), 
	UNIQUE (login), 
	UNIQUE (os_login)
);
INSERT INTO "users" VALUES(1,'admin','Alex Admin','admin@example.test',NULL,3,0,NULL,0);
INSERT INTO "users" VALUES(2,'approver','Pat Approver','approver@example.test',NULL,1,1,NULL,1);
INSERT INTO "users" VALUES(3,'approver2','Sam Second-Approver','approver2@example.test',NULL,1,1,NULL,1);
INSERT INTO "users" VALUES(4,'viewer','Vic Viewer','viewer@example.test',NULL,1,0,NULL,0);
INSERT INTO "users" VALUES(5,'invoices-only','Ivy Invoice-Approver','ivy@example.test',NULL,1,1,'invoice',0);
CREATE INDEX ix_audit_log_item ON audit_log (item_type, item_id, id);
CREATE INDEX ix_companies_erp_state_id ON companies (erp_state, id);
CREATE INDEX ix_companies_name ON companies (name);
CREATE INDEX ix_outbox_status_id ON outbox (status, id);
CREATE INDEX ix_outbox_to_login_id ON outbox (to_login, id);
CREATE INDEX ix_commitments_erp_state_id ON commitments (erp_state, id);
CREATE INDEX ix_commitments_number ON commitments (number);
CREATE INDEX ix_commitments_project_id ON commitments (project_id, id);
CREATE INDEX ix_commitment_lines_commitment_id ON commitment_lines (commitment_id);
CREATE INDEX ix_invoices_commitment_id ON invoices (commitment_id, id);
CREATE INDEX ix_invoices_erp_state_id ON invoices (erp_state, id);
CREATE INDEX ix_invoices_number ON invoices (number);
CREATE INDEX ix_invoices_project_id ON invoices (project_id, id);
COMMIT;
