import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { Project, ProjectNode } from './project.entity';
import { NodeProjectsResolver } from './projects.resolver';

@Module({
  imports: [TypeOrmModule.forFeature([Project, ProjectNode])],
  providers: [NodeProjectsResolver],
})
export class ProjectsModule {}
